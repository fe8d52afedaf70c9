"""Polling one feed: conditional GET, parse, record new entries, record what happened."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from events.choices import SourcePollStatus
from events.models import Source
from ingest import sources
from ingest.feeds import MalformedFeed, parse_feed
from ingest.fetch import FetchError, FetchKind, fetch

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollResult:
    source_id: int
    name: str
    status: str  # a SourcePollStatus, or "missing"
    entries: int = 0  # entries in the feed
    new: int = 0  # new articles sent to be fetched
    error: str = ""
    transient: bool = False  # worth retrying

    def summary(self) -> str:
        head = f"source {self.source_id} {self.name}:"
        if self.status == SourcePollStatus.OK:
            line = f"{head} ok, {self.entries} entries, {self.new} new"
            return f"{line} ({self.error})" if self.error else line
        if self.status == SourcePollStatus.NOT_MODIFIED:
            return f"{head} not modified"
        if self.status == "missing":
            return f"{head} no such source"
        return f"{head} error: {self.error}"


def poll(source_id: int) -> PollResult:
    """Poll one source now. Errors are recorded on the source and returned, never raised."""
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return PollResult(source_id, "", "missing")
    try:
        fetched = fetch(
            source.feed_url,
            FetchKind.FEED,
            etag=source.etag,
            last_modified=source.last_modified,
        )
    except FetchError as exc:
        return _failed(source, f"fetch failed: {exc}", transient=exc.transient)
    if fetched.status == 304:
        sources.record_not_modified(source.pk)
        return PollResult(source.pk, source.name, SourcePollStatus.NOT_MODIFIED)
    try:
        feed = parse_feed(fetched.content, fetched.url, fetched.content_type)
    except MalformedFeed as exc:
        return _failed(source, str(exc), transient=False)
    already = sources.seen_guids(source, [e.guid for e in feed.entries])
    outcomes = [
        sources.record_entry(source, entry) for entry in feed.entries if entry.guid not in already
    ]
    new = sum(1 for o in outcomes if o is sources.EntryOutcome.NEW)
    sources.record_ok(
        source.pk,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        new_entries=new,
        problem=feed.problem,
    )
    return PollResult(
        source.pk, source.name, SourcePollStatus.OK, len(feed.entries), new, feed.problem
    )


def _failed(source: Source, error: str, *, transient: bool) -> PollResult:
    logger.warning("polling source %s (%s) failed: %s", source.pk, source.feed_url, error)
    sources.record_error(source.pk, error)
    return PollResult(
        source.pk, source.name, SourcePollStatus.ERROR, error=error, transient=transient
    )
