"""``extract_article``: one article's text in, events, statements and actors out.

Pure and deterministic: the same input gives the same output for a given ``EXTRACTOR_VERSION``.
It never raises on any string; offsets always lie inside ``article.text``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from ingest.pipeline.actors import (
    ActorMention,
    build_person_index,
    country_of_actor_name,
    find_armed_actors,
    organisation_actors,
)
from ingest.pipeline.dates import as_date, parse_dateline
from ingest.pipeline.events import analyse_sentences, build_events, finalise
from ingest.pipeline.events.claims import find_claims
from ingest.pipeline.events.locations import event_locations
from ingest.pipeline.locate import Located, locate, locate_name
from ingest.pipeline.nlp import entities
from ingest.pipeline.person_names import refine_person_entities
from ingest.pipeline.statements import extract_statements, find_quotes
from ingest.pipeline.text import detect_language, normalise, paragraphs, sentences_of
from ingest.pipeline.titled_names import titled_person_entities
from ingest.pipeline.types import (
    ArticleInput,
    ExtractedActor,
    ExtractedEvent,
    ExtractedStatement,
    Extraction,
    Span,
)
from ingest.pipeline.unlisted_places import with_unlisted
from ingest.pipeline.weapons import find_weapons

EXTRACTOR_VERSION = "2026.12.1"

# News articles are a few thousand words; anything beyond this is read no further.
MAX_ANALYSED_CHARS = 120_000

log = logging.getLogger(__name__)


def extract_article(article: ArticleInput) -> Extraction:
    """Events, statements and actors of one article (never raises)."""
    text = article.text if isinstance(article.text, str) else ""
    if not text.strip():
        return Extraction(EXTRACTOR_VERSION, article.language or "und", True)
    try:
        language = detect_language(text)
        if article.language:
            language = article.language.split("-")[0].lower()
        if language not in ("en", "und"):
            return Extraction(EXTRACTOR_VERSION, language, False)
        return _extract(article, text[:MAX_ANALYSED_CHARS], language)
    except Exception:
        log.exception("extraction failed; returning an empty result")
        return Extraction(EXTRACTOR_VERSION, "und", True)


def _extract(article: ArticleInput, text: str, language: str) -> Extraction:
    norm = normalise(text)
    paras = paragraphs(norm)
    sentences = sentences_of(norm, paras)
    ents = entities(norm)
    located = with_unlisted(norm, locate(text, ents))
    ents = sorted(ents + titled_person_entities(norm, ents), key=lambda e: (e.start, -e.end))
    ents = refine_person_entities(norm, ents)
    # A place name inside a person's name ("Hassan" in "Hassan Ali") is part of the name.
    people_spans = [(e.start, e.end) for e in ents if e.label == "PERSON" and " " in e.text]
    located = [
        loc
        for loc in located
        if not any(
            a <= loc.span.start and loc.span.end <= b and (a, b) != (loc.span.start, loc.span.end)
            for a, b in people_spans
        )
    ]
    not_people = [(loc.span.start, loc.span.end) for loc in located]
    weapons_all = find_weapons(norm)
    not_people += [(w.start, w.end) for w in weapons_all]
    persons = build_person_index(norm, ents, not_people)
    quotes = find_quotes(norm, paras, text)
    quote_spans = [(q.start, q.end) for q in quotes]
    all_actors = find_armed_actors(norm)
    published = as_date(article.published_at)
    dateline = parse_dateline(norm, article.published_at)
    if dateline is not None:
        # "ERBIL, Iraq, Aug 12 (Reuters) -": the country of a dateline is where, not who.
        all_actors = [
            a for a in all_actors if not dateline.place_span.start <= a.start < dateline.end
        ]
    statements = extract_statements(text, norm, paras, persons, ents, all_actors)
    if dateline is not None and dateline.place_span.start > 0:
        # The lines before a dateline are the headline and byline: they sum up the body.
        paras = [
            replace(p, heading=True) if p.end <= dateline.place_span.start else p for p in paras
        ]
    paras = _summary_bullets_as_headings(norm, paras)
    paras = _standfirst_as_heading(norm, paras)
    anchor = published or (dateline.date if dateline else None)
    dateline_place: Located | None = None
    if dateline is not None and dateline.agency:
        # The agency filing the report ("(Xinhua)", "told Xinhua") is not a place, wherever named.
        agency = dateline.agency.casefold()
        located = [
            loc for loc in located if norm[loc.span.start : loc.span.end].casefold() != agency
        ]
    if dateline is not None:
        for loc in located:
            if dateline.place_span.start <= loc.span.start < dateline.place_span.end + 2:
                dateline_place = loc
                break
        if dateline_place is None:
            # Upper-case datelines ("MOGADISHU (Reuters) -") are not always found in running text.
            dateline_place = locate_name(dateline.place, dateline.place_span)
    located = event_locations(
        norm,
        located,
        all_actors,
        dateline.place_span if dateline is not None else None,
        [(w.start, w.end) for w in weapons_all],
    )
    # Boilerplate and quotes are left out of place candidates for events.
    para_by_index = {p.index: p for p in paras}
    boiler = [(p.start, p.end) for p in paras if p.boilerplate]
    located = [loc for loc in located if not any(a <= loc.span.start < b for a, b in boiler)]

    all_weapons = weapons_all
    infos = analyse_sentences(
        norm, sentences, para_by_index, located, quote_spans, anchor, all_weapons, all_actors
    )
    para_actors: dict[int, list[ActorMention]] = {}
    for a in all_actors:
        para = next((p for p in paras if p.start <= a.start < p.end), None)
        if para is not None and not para.boilerplate:
            para_actors.setdefault(para.index, []).append(a)
    drafts = build_events(norm, infos, anchor, dateline_place)
    claims = find_claims(norm, sentences, all_actors, quote_spans)
    finished = finalise(norm, drafts, para_actors, infos, claims, sentences, quote_spans)
    events = [e for e, _, _ in finished]
    statements = _link_statements(
        statements, [{i.sentence.paragraph for i in d.infos} for _, _, d in finished], sentences
    )
    actors = _actors(norm, events, finished, persons, ents, para_actors, not_people)
    return Extraction(
        extractor_version=EXTRACTOR_VERSION,
        language=language if language != "und" else "en",
        supported=True,
        events=tuple(_clamp_event(e, len(text)) for e in events),
        statements=tuple(statements),
        actors=tuple(actors),
    )


_BULLET = re.compile(r"^\s*(?:[-•*▪‣–—]|\d{1,2}[.)])\s+")
# "KEY POINTS", "HIGHLIGHTS", "Key developments on Oct. 6:": a block summing up the body.
_SUMMARY_HEAD = re.compile(
    r"^(?:[A-Z][A-Z &/-]{3,40}|.{0,60}\b(?:key\s+(?:points|developments|facts)|highlights|"
    r"at\s+a\s+glance|what\s+we\s+know|summary)\b.{0,40}:?)\s*$",
    re.IGNORECASE,
)


def _summary_bullets_as_headings(norm: str, paras: list) -> list:
    """Bullet points under a "KEY POINTS"/"HIGHLIGHTS" line restate the body: not its incidents."""
    out = list(paras)
    in_summary = False
    for n, p in enumerate(paras):
        line = norm[p.start : p.end]
        if _BULLET.match(line):
            if in_summary:
                out[n] = replace(p, heading=True)
            continue
        in_summary = bool(_SUMMARY_HEAD.match(line) and (p.heading or line.rstrip().endswith(":")))
    return out


# "Published On 16 Aug 2025", "By Jamila Ampaso", "Updated: 5 Nov 2025 11:20 GMT": the byline
# block that follows a headline and its standfirst.
_BYLINE = re.compile(
    r"^\s*(?:(?:first\s+)?published(?:\s+on)?\s*:?\s+\S|updated\s*:?\s+\S|by\s+[A-Z][\w.'-]+"
    r"(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:[,|]|$))",
    re.IGNORECASE,
)


def _standfirst_as_heading(norm: str, paras: list) -> list:
    """The lines above a byline near the top (headline, standfirst) sum up the body."""
    for n, p in enumerate(paras[:5]):
        line = norm[p.start : p.end]
        if n and len(line.split()) <= 20 and _BYLINE.match(line):
            return [replace(q, heading=True) if i < n else q for i, q in enumerate(paras)]
    return paras


def _link_statements(
    statements: list[ExtractedStatement], drafts_paragraphs: list[set[int]], sentences: list
) -> list[ExtractedStatement]:
    """A quote in (or right after) an event's paragraph is about that event."""
    from dataclasses import replace

    if not drafts_paragraphs:
        return statements
    para_of = {}
    for s in sentences:
        para_of.setdefault(s.paragraph, (s.start, s.end))
    out = []
    for st in statements:
        para = None
        for s in sentences:
            if s.start <= st.start < s.end + 1:
                para = s.paragraph
                break
        idx = None
        if para is not None:
            for i, ps in enumerate(drafts_paragraphs):
                if para in ps or (para - 1) in ps:
                    idx = i
                    break
        out.append(replace(st, event_index=idx))
    return out


def _actors(
    norm: str,
    events: list[ExtractedEvent],
    finished: list,
    persons,
    ents,
    para_actors: dict[int, list[ActorMention]],
    not_people: list[tuple[int, int]],
) -> list[ExtractedActor]:
    out: dict[str, ExtractedActor] = {}
    armed: dict[str, list[ActorMention]] = {}
    for mentions in para_actors.values():
        for a in mentions:
            armed.setdefault(a.name, []).append(a)
    for _, used, _ in finished:
        for name, mentions in used.items():
            armed.setdefault(name, []).extend(mentions)
    for name, mentions in armed.items():
        kind = mentions[0].kind if mentions else "state"
        country = mentions[0].country if mentions else None
        aliases = []
        if name.startswith("Military Forces of "):
            kind = "state"
            cname = name[len("Military Forces of ") :]
            aliases.append(cname)
        elif name.startswith("Civilians"):
            kind = "civilians"
        elif name.startswith(("Protesters", "Rioters")):
            kind = "civilians" if name.startswith("Protesters") else "armed_group"
        for m in mentions:
            surface = m.surface.strip()
            if surface and surface != name and surface not in aliases:
                aliases.append(surface)
        if country is None:
            country = country_of_actor_name(name)
        spans = tuple(
            sorted({Span(m.start, m.end) for m in mentions if m.start >= 0}, key=lambda s: s.start)
        )
        out[name] = ExtractedActor(
            name, kind, country, tuple(aliases), spans, 0.8 if spans else 0.6
        )
    for canon, spans in persons.names.items():
        if canon in out:
            continue
        aliases = tuple(sorted(persons.aliases.get(canon, ())))
        title = persons.titles.get(canon)
        if title:
            aliases = (*aliases, f"{title} {canon}")
        out[canon] = ExtractedActor(
            canon,
            "person",
            None,
            aliases,
            tuple(sorted(set(spans), key=lambda s: s.start)),
            0.8 if len(canon.split()) > 1 else 0.6,
        )
    for org in organisation_actors(ents, persons, not_people):
        if org.name not in out:
            out[org.name] = org
    return list(out.values())


def _clamp_event(event: ExtractedEvent, n: int) -> ExtractedEvent:
    """Drop any evidence span that is not inside the text (defensive; should never trigger)."""
    from dataclasses import replace

    ev = {
        k: tuple(s for s in spans if 0 <= s.start <= s.end <= n)
        for k, spans in event.evidence.items()
    }
    return replace(event, evidence={k: v for k, v in ev.items() if v})
