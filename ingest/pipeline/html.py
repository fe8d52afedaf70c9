"""HTML to article text, with trafilatura; scripts, styles and markup never reach the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml import html as lxml_html
from lxml_html_clean import Cleaner

_CLEANER = Cleaner(
    scripts=True,
    javascript=True,
    style=True,
    comments=True,
    forms=True,
    embedded=True,
    frames=True,
    meta=False,
    page_structure=False,
)
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class HtmlText:
    text: str
    title: str
    published: str | None  # ISO date when the page states one
    language: str | None


def html_to_text(html: str) -> HtmlText:
    """The main text of a news page, its title, date and language when the page gives them."""
    if not html.strip():
        return HtmlText("", "", None, None)
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    if extracted is not None:
        text = (extracted.text or "").strip()
        if text:
            return HtmlText(
                _BLANK_LINES.sub("\n\n", text),
                (extracted.title or "").strip(),
                extracted.date,
                extracted.language,
            )
    return HtmlText(_fallback_text(html), "", None, None)


def _fallback_text(html: str) -> str:
    # Short or unusual pages that trafilatura declines: the visible text of the cleaned tree.
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    cleaned = _CLEANER.clean_html(tree)
    text = cleaned.text_content()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(line for line in lines if line)).strip()
