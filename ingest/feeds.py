"""RSS and Atom feeds → their entries (feedparser); no database, no network."""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from ingest.urlnorm import is_http_url, normalise_url

GUID_MAX = 500


@dataclass(frozen=True)
class FeedEntry:
    guid: str
    url: str  # normalised
    title: str
    published_at: datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    entries: tuple[FeedEntry, ...]
    problem: str  # why the feed was not well-formed, or ""


class MalformedFeed(ValueError):
    """Not a feed, or so broken that no entry could be read."""


# Warnings feedparser raises about headers, not about the XML.
BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def parse_feed(content: bytes, url: str, content_type: str = "application/xml") -> ParsedFeed:
    """The feed's entries that link to an http(s) article, in feed order, each once."""
    parsed = feedparser.parse(
        content, response_headers={"content-location": url, "content-type": content_type}
    )
    problem = ""
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(exc, BENIGN):
        problem = f"feed is not well-formed: {type(exc).__name__}: {exc}"
    entries: dict[str, FeedEntry] = {}
    for raw in parsed.entries:
        entry = _entry(raw)
        if entry is not None and entry.guid not in entries:
            entries[entry.guid] = entry
    if problem and not entries:
        raise MalformedFeed(problem)
    if not entries and not parsed.get("version"):
        raise MalformedFeed("not an RSS or Atom feed")
    return ParsedFeed(tuple(entries.values()), problem)


def _entry(raw: feedparser.FeedParserDict) -> FeedEntry | None:
    link = (raw.get("link") or "").strip()
    if not is_http_url(link):
        return None
    try:
        url = normalise_url(link)
    except ValueError:
        return None
    if len(url) > 2000:
        return None
    guid = (raw.get("id") or "").strip() or url
    if len(guid) > GUID_MAX:
        guid = "sha256:" + hashlib.sha256(guid.encode()).hexdigest()
    parsed_time = raw.get("published_parsed") or raw.get("updated_parsed")
    published = (
        datetime.fromtimestamp(calendar.timegm(parsed_time), tz=UTC) if parsed_time else None
    )
    title = " ".join((raw.get("title") or "").split())[:1000]
    return FeedEntry(guid=guid, url=url, title=title, published_at=published)
