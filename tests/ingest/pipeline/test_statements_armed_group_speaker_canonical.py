"""An armed group speaking by its acronym or short name takes its canonical actor name."""

from datetime import date

from ingest.pipeline.extract import extract_article
from ingest.pipeline.types import ArticleInput


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    result = extract_article(ArticleInput(text=text, published_at=date(2026, 3, 4)))
    return [(s.speaker, s.speaker_as_written) for s in result.statements]


def test_acronym_of_a_known_group_is_its_canonical_name() -> None:
    text = (
        "KHARTOUM, March 4 — Paramilitary fighters seized a market town on Monday.\n\n"
        '"We have freed the town from the remnants of the old regime," the RSF said in a '
        "statement posted on Telegram."
    )
    assert _speakers(text) == [("Rapid Support Forces", "the RSF")]


def test_group_named_in_full_keeps_that_name() -> None:
    text = (
        "MOGADISHU, March 4 — Militants stormed a police post on Tuesday.\n\n"
        '"Our fighters took the post and seized the weapons inside," al-Shabaab said on its '
        "radio station."
    )
    assert _speakers(text)[0][0] == "al-Shabaab"
