"""A fetched news page → its main text and metadata (title, date, outlet, language, canonical URL).

The text comes from the pipeline's `html_to_text` (trafilatura), exactly as for HTML submitted
through the API; the outlet name and the canonical link come from the page's metadata.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

import trafilatura
from lxml import html as lxml_html

from ingest.pipeline.html import html_to_text
from ingest.urlnorm import is_http_url, normalise_url, same_site

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class Page:
    text: str
    title: str
    published: date | None
    site_name: str
    language: str
    canonical_url: str | None  # normalised, and only when on the same site as the page


def decode_html(content: bytes, charset: str | None) -> str:
    """Bytes → text with the charset the server gave, else the page's <meta charset>, else UTF-8."""
    for candidate in (charset, _meta_charset(content), "utf-8"):
        if not candidate:
            continue
        try:
            codecs.lookup(candidate)
        except LookupError:
            continue
        return content.decode(candidate, errors="replace")
    return content.decode("utf-8", errors="replace")


def _meta_charset(content: bytes) -> str | None:
    found = _META_CHARSET.search(content[:4096])
    return found.group(1).decode("ascii") if found else None


def read_page(html: str, url: str) -> Page:
    """The article on a page fetched from `url`; empty text when the page has none."""
    extracted = html_to_text(html)
    metadata = trafilatura.extract_metadata(html, default_url=url) if html.strip() else None
    site_name = (metadata.sitename or "").strip() if metadata is not None else ""
    return Page(
        text=extracted.text,
        title=extracted.title,
        published=_parse_date(extracted.published),
        site_name=site_name[:200],
        language=(extracted.language or "")[:12],
        canonical_url=canonical_link(html, url),
    )


def canonical_link(html: str, url: str) -> str | None:
    """The page's <link rel=canonical> (AMP pages point to their article), normalised.

    Only a canonical URL on the same site is believed: otherwise any page could claim to be
    another outlet's article and be filed under that article's URL.
    """
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    for link in tree.iterfind(".//link[@rel][@href]"):
        if "canonical" not in link.get("rel", "").lower().split():
            continue
        target = urljoin(url, link.get("href", "").strip())
        if is_http_url(target) and same_site(target, url):
            try:
                return normalise_url(target)
            except ValueError:
                return None
    return None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
