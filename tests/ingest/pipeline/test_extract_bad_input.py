"""Bad input never crashes and has a clear outcome."""

import time
from datetime import date

from ingest.pipeline.extract import EXTRACTOR_VERSION, extract_article
from ingest.pipeline.types import ArticleInput
from tests.ingest.pipeline.conftest import run


def test_empty_and_whitespace_give_no_events():
    for text in ("", "   \n\t  "):
        ex = extract_article(ArticleInput(text=text))
        assert ex.events == () and ex.extractor_version == EXTRACTOR_VERSION


def test_non_english_is_unsupported():
    ex = run(
        "Des frappes russes ont tué quatre personnes à Kharkiv dans la nuit de lundi, "
        "selon les autorités locales."
    )
    assert ex.supported is False and ex.language == "fr" and ex.events == ()


def test_binary_ish_text():
    text = "\x00\x01\ufffd\ud800 garbage \x7f" * 200
    ex = run(text)
    assert ex.events == ()


def test_html_ish_text_does_not_crash():
    text = "<html><script>var killed = 12;</script><p>Protest in <b>Lagos</b></p></html>"
    ex = run(text)
    for e in ex.events:
        for spans in e.evidence.values():
            assert all(0 <= s.start <= s.end <= len(text) for s in spans)


def test_no_conflict_content_gives_no_events():
    text = (
        "The central bank raised interest rates on Tuesday, citing persistent inflation in Nairobi."
    )
    assert run(text, date(2025, 1, 7)).events == ()


def test_five_megabyte_text_finishes():
    para = "Markets were calm in the capital as traders returned after the holiday weekend. " * 20
    text = (para + "\n") * (5_000_000 // (len(para) + 1))
    start = time.monotonic()
    ex = run(text)
    assert time.monotonic() - start < 60
    assert ex.supported
