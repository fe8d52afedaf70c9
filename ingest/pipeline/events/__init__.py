"""Events: one per location and day, from the sentences that report violence.

Each sentence that reports an incident (a trigger, not a quote, not background, not a national
or cumulative total) is tied to a place: its own place mentions, else the place of the incident it
refers back to ("there", "the strike"), else the last place of its paragraph when it adds figures
or weapons. Sentences with the same place key and date form one event; districts join their
city's event; a region-level report merges into the one city event of that region on that day.

``cues`` reads sentences, ``grouping`` forms drafts, ``roles`` finds actors, ``records`` builds
the final ``ExtractedEvent`` values.
"""

from __future__ import annotations

from ingest.pipeline.events.cues import SentenceInfo, analyse_sentences
from ingest.pipeline.events.grouping import EventDraft, build_events
from ingest.pipeline.events.records import finalise

__all__ = ["EventDraft", "SentenceInfo", "analyse_sentences", "build_events", "finalise"]
