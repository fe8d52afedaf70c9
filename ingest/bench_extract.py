"""`make bench-extract`: extraction speed on one core and peak memory with everything loaded.

Articles of about 1,000 words are assembled from the development-set passages and the seeds
(so they read like news), then extracted one after another in this single process.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
from pathlib import Path

from ingest.pipeline.extract import EXTRACTOR_VERSION, extract_article
from ingest.pipeline.types import ArticleInput

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "tests" / "fixtures" / "devset", ROOT / "seeds")


def load_passages() -> list[tuple[str, str | None]]:
    passages = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("text"):
                passages.append((data["text"], data.get("published_at")))
    return passages


def build_articles(count: int, words: int) -> list[ArticleInput]:
    passages = load_passages()
    if not passages:
        raise SystemExit("no passages found in " + ", ".join(map(str, SOURCES)))
    articles, i = [], 0
    for _ in range(count):
        parts, total, published = [], 0, passages[i % len(passages)][1]
        while total < words:
            text = passages[i % len(passages)][0]
            parts.append(text)
            total += len(text.split())
            i += 1
        articles.append(ArticleInput(text="\n".join(parts), published_at=_date(published)))
    return articles


def _date(value: str | None):
    from datetime import date

    return date.fromisoformat(value) if value else None


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--words", type=int, default=1000)
    args = parser.parse_args()

    started = time.perf_counter()
    extract_article(ArticleInput(text="Warm-up: shelling hit Kharkiv on Monday, killing two."))
    load_seconds = time.perf_counter() - started
    articles = build_articles(args.articles, args.words)
    mean_words = sum(len(a.text.split()) for a in articles) / len(articles)

    started = time.perf_counter()
    cpu = 0.0
    events = 0
    for n, article in enumerate(articles, 1):
        cpu_start = time.process_time()
        events += len(extract_article(article).events)
        cpu += time.process_time() - cpu_start
        print(f"\r{n}/{len(articles)} articles", end="", flush=True)
    elapsed = time.perf_counter() - started
    print()
    print(f"extractor {EXTRACTOR_VERSION} on {platform.machine()}, one process, one core")
    print(f"models loaded in     {load_seconds:.1f} s")
    print(
        f"articles             {len(articles)} of ~{mean_words:.0f} words ({events} events found)"
    )
    print(f"throughput (wall)    {len(articles) / elapsed:.2f} articles/s (target >= 5)")
    # On a shared, loaded machine wall-clock time mostly measures the other processes.
    print(f"throughput (CPU)     {len(articles) / max(cpu, 1e-9):.2f} articles per CPU-second")
    print(f"peak RSS             {peak_rss_mb():.0f} MB (target < 1024)")


if __name__ == "__main__":
    main()
