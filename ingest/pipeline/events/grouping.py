"""Grouping sentence cues into event drafts: one per place key and day."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from ingest.pipeline import classify as cl
from ingest.pipeline.dates import DateMention, find_date_mentions
from ingest.pipeline.events.cues import SentenceInfo
from ingest.pipeline.events.locations import measured_from
from ingest.pipeline.figure_rules import clause_around
from ingest.pipeline.locate import LEVEL_ADMIN1, LEVEL_CITY, LEVEL_COUNTRY, Located
from ingest.pipeline.numbers import Figure
from ingest.pipeline.places.normalize import fold
from ingest.pipeline.types import GEO_PRECISION_NEAR, Span


@dataclass
class EventDraft:
    key: str
    place: Located
    day: date | None
    precision: int | None
    date_span: Span | None
    infos: list[SentenceInfo] = field(default_factory=list)
    places: list[Located] = field(default_factory=list)
    figures: list[tuple[Figure, int]] = field(default_factory=list)  # (figure, sentence index)
    first_pos: int = 0


# "the Damboa area of Borno", "the al-Mawasi area": a zone named around the incident's place.
_ZONE_AFTER = re.compile(
    r"^\s+(?:area|region|zone|district|county|municipality|local\s+government\s+area|"
    r"province|state|department|commune|sector|township|territory|division|tehsil|"
    r"governorate|prefecture|sub-?district|sub-?prefecture|sub-?division|chiefdom|LGA)\b",
    re.IGNORECASE,
)
_ZONE_WORD_END = re.compile(
    r"\s(?:area|region|zone|district|county|municipality|territory|sub-?prefecture|chiefdom|"
    r"division|sub-?division|commune|tehsil|LGA)$",
    re.I,
)
_HELD_BY = re.compile(
    r"^(?:\s+(?:area|district|county|sub-?district|tehsil|municipality|commune|territory))?"
    r"\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Two places this close, named in one sentence, are one incident's place and a part of it.
_SAME_SITE_KM = 15.0


def _km(a: Located, b: Located) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return float("inf")
    lat = math.radians((a.latitude + b.latitude) / 2)  # type: ignore[operator]
    dx = (a.longitude - b.longitude) * math.cos(lat) * 111.32  # type: ignore[operator]
    dy = (a.latitude - b.latitude) * 110.57  # type: ignore[operator]
    return math.hypot(dx, dy)


def event_places(info: SentenceInfo, norm: str) -> list[Located]:
    """The places a sentence reports an incident at (containing regions and zones left out)."""
    places = [p for p in info.places if p.level != LEVEL_COUNTRY]
    cities = [p for p in places if p.level == LEVEL_CITY]
    zones = [
        p
        for p in cities
        if _ZONE_AFTER.match(norm[p.span.end : p.span.end + 40])
        or _ZONE_WORD_END.search(norm[p.span.start : p.span.end])
    ]
    plain = [p for p in cities if p not in zones]
    # "a village in Nong Chik district of Pattani": the place after "district of" holds the
    # district, so the district is the incident's place and the holder only says where it lies.
    holders = [
        c
        for c in plain
        for z in zones
        if z.span.end <= c.span.start
        and _HELD_BY.match(norm[z.span.end : c.span.start])
        and c.key != z.key
        and not z.district
        # "the Shujaiya district of Gaza City": a quarter of the city, not a town it holds.
        and _km(z, c) > 6.0
    ]
    if holders:
        plain = [p for p in plain if p not in holders]
        zones = [z for z in zones if not plain]
    out: list[Located] = []
    for p in places:
        if p in holders:
            continue
        # A region named with one of its cities is the city's event.
        if p.level == LEVEL_ADMIN1 and any(c.admin1 == p.admin1 for c in cities):
            continue
        if p in zones and plain:
            near = min(plain, key=lambda c: _km(c, p))
            if p.district and p.key == near.key:
                out.append(p)  # already a district of this city ("Kyiv's Pechersk district")
            elif _km(near, p) <= _SAME_SITE_KM and fold(p.name) != fold(near.name):
                # "the Kyiv region" next to Kyiv is the city itself, never one of its districts.
                out.append(replace(near, district=p.district or p.name, span=p.span))
            continue
        out.append(p)
    return out


# Between two places of a digest sentence, a break that starts a new incident: "a bomb killed
# three in Kandahar, while gunmen shot two in Kunduz and drones struck a market in Khost".
_CLAUSE_VERB = (
    r"(?:struck|hit|killed|shot|attacked|stormed|raided|ambushed|exploded|detonated|bombed|"
    r"shelled|opened\s+fire|abducted|kidnapped|targeted|blew|went\s+off|torched|burned|"
    r"set\s+fire|beheaded|seized|overran)"
)
_INCIDENT_BREAK = re.compile(
    r";|,\s+(?:while|whereas|and|but|as)\s|\s(?:while|whereas)\s|"
    r",\s+(?:hours|days|minutes|a\s+day|weeks)\s+(?:before|after)\s|"
    rf"\sand\s(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{_CLAUSE_VERB}\b)|"
    # "shot dead nine in Kalat, a roadside bomb killed three in Turbat": a new subject and verb.
    rf",\s(?=(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_CLAUSE_VERB}\b)",
    re.IGNORECASE,
)


# A head count given on someone's authority ("the government said 17 soldiers were killed").
_SOURCED_FIGURE = re.compile(
    r"\b(?:said|says|according\s+to|put\s+the\s+(?:death\s+)?toll|told|reported|confirmed|"
    r"announced)\b",
    re.IGNORECASE,
)


def place_segments(
    norm: str, start: int, end: int, places: list[Located]
) -> list[tuple[int, int, str]] | None:
    """(start, end, place key) of each incident of a sentence listing several, else None.

    Only when every two successive places are parted by a new clause: "struck Kyiv and Dnipro
    with missiles" is one incident at two places, not two incidents.
    """
    # "... in Mastung in a wave of attacks across Balochistan": the region holding the cities
    # is not one more incident.
    city_regions = {(p.country, p.admin1) for p in places if p.level == LEVEL_CITY}
    places = [
        p for p in places if not (p.level == LEVEL_ADMIN1 and (p.country, p.admin1) in city_regions)
    ]
    firsts: dict[str, Located] = {}
    for p in sorted(places, key=lambda p: p.span.start):
        if p.level != LEVEL_COUNTRY and p.key not in firsts:
            firsts[p.key] = p
    ordered = list(firsts.values())
    if len(ordered) < 2:
        return None
    # Every mention of a place must lie in its own stretch. Places with no break between them
    # share one ("tear gas in Surabaya and Bandung, while rallies in Yogyakarta and Medan ...").
    spans = sorted((p.span.start, p.key) for p in places if p.level != LEVEL_COUNTRY)
    groups: list[list[Located]] = [[ordered[0]]]
    cuts: list[int] = []
    for a, b in pairwise(ordered):
        lo = max(x for x, k in spans if k == a.key)
        breaks = [m.start() for m in _INCIDENT_BREAK.finditer(norm, lo, b.span.start)]
        if not breaks:
            groups[-1].append(b)
            continue
        cuts.append(breaks[-1])
        groups.append([b])
    if not cuts:
        return None
    bounds = [start, *cuts, end]
    out = [(bounds[i], bounds[i + 1], p.key) for i, group in enumerate(groups) for p in group]
    for x, k in spans:
        if not any(a <= x < b and k == key for a, b, key in out):
            return None
    return out


def segment_of(
    norm: str, info: SentenceInfo, key: str
) -> tuple[int, int, tuple[int, int] | None] | None:
    """The stretch of a digest sentence about place ``key``, and the stretch before it."""
    segs = place_segments(norm, info.start, info.end, info.places)
    if segs is None:
        return None
    for n, (a, b, k) in enumerate(segs):
        if k == key:
            return a, b, (segs[n - 1][0], segs[n - 1][1]) if n else None
    return None


def _figure_place(
    f: Figure, info: SentenceInfo, norm: str, places: list[Located]
) -> Located | None:
    """The place a figure belongs to: the only place of the sentence, or the one in its clause."""
    keys = {p.key for p in places}
    if len(keys) <= 1:
        return places[0] if places else None
    segs = place_segments(norm, info.start, info.end, places)
    if segs is not None:
        key = next((k for a, b, k in segs if a <= f.start < b), None)
        return next((p for p in places if p.key == key), None)
    others = sorted(x.start for x in info.figures if x is not f)
    nxt = min([o for o in others if o > f.start], default=info.end)
    prev = max([o for o in others if o < f.start], default=info.start)
    after = [p for p in places if f.end <= p.span.start < nxt]
    if after and re.match(r"^[^,;]{0,40}$", norm[f.end : after[0].span.start]):
        return after[0]
    before = [p for p in places if prev <= p.span.start < f.start]
    if before and len({p.key for p in before}) == 1:
        return before[-1]
    if (
        after
        and all(p.span.start > f.start or p.kind == "dateline" for p in places)
        and _nested(norm, after)
    ):
        # "killed two soldiers near Sirwah, west of the city of Marib": the first place told,
        # the others only locate it.
        return after[0]
    # "Hours before the Odesa strike, a drone attack on Nikopol killed a woman": the place of
    # the figure's own clause.
    lo, _hi = clause_around(norm, info.start, info.end, f.start, f.end)
    own = [p for p in before if p.span.start >= lo]
    if own and len({p.key for p in own}) == 1:
        return own[-1]
    # "killing two passengers and wounding nine, while ...": a figure chained to the one before
    # it by "and" belongs to the same place.
    earlier = [x for x in info.figures if x.start < f.start and x is not f]
    if earlier and _CHAINED.match(norm[earlier[-1].end : f.start]) and not before:
        return _figure_place(earlier[-1], info, norm, places)
    return None


# Between a place and the next one that only locates it: "X, the main town of", "X town, ",
# "X, west of the city of", "X in the ... district of".
_LOCATING = re.compile(
    r"^(?:\s+(?:town|city|village|district|area|camp))?(?:,\s*|\s+(?:in|of|near)\s+)"
    r"(?:(?!(?:and|or|while|but|as\s+well)\b)[a-z\d]+(?:-[a-z]+)?\s+){0,6}$"
)


def _nested(norm: str, after: list[Located]) -> bool:
    """Each place after the first only locates the one before it (no "and" between them)."""
    keys = [after[0]]
    for p in after[1:]:
        if p.key == keys[-1].key:
            continue
        if not _LOCATING.match(norm[keys[-1].span.end : p.span.start]):
            return False
        keys.append(p)
    return True


_CHAINED = re.compile(r"^[^;:]{0,40}?\b(?:and|,)\s+(?:\w+ing|\w+ed)\s+(?:at\s+least\s+)?$", re.I)


def _segment_days(
    norm: str, info: SentenceInfo, targets: list[Located], anchor: date | None
) -> dict[str, tuple[date | None, DateMention | None]]:
    """Days of the incidents of a digest sentence that carry their own date.

    "A drone killed two near X late on Monday, while gunmen killed three near Y on Tuesday":
    Tuesday is Y's day, though the sentence's first date is Monday.
    """
    if info.date is None or len({t.key for t in targets}) < 2:
        return {}
    segs = place_segments(norm, info.start, info.end, info.places)
    if segs is None:
        return {}
    out: dict[str, tuple[date | None, DateMention | None]] = {}
    for a, b, key in segs:
        if a <= info.date.start < b:
            continue  # the sentence's own date belongs to this stretch
        for m in find_date_mentions(norm, a, b, anchor):
            if m.value is None or m.background or m.future or m.old or m.report or m.dateline:
                continue
            out[key] = (m.value, m)
            break
    return out


def _fold_landmark_drafts(
    norm: str, drafts: dict[tuple[str, date | None], EventDraft]
) -> dict[tuple[str, date | None], EventDraft]:
    """ "Three soldiers were killed north of Baghdad" joins that day's incident the body places
    "50 km north of Baghdad": the lead only named the landmark the body measures from."""
    out = dict(drafts)
    for k, d in drafts.items():
        if d.place.precision < GEO_PRECISION_NEAR or d.place.level != LEVEL_CITY:
            continue
        name = re.escape(norm[d.place.span.start : d.place.span.end])
        hosts = []
        for o in out.values():
            if (
                o is d
                or o.day != d.day
                or o.key == d.key
                or o.place.precision >= GEO_PRECISION_NEAR
            ):
                continue
            for info in o.infos:
                spots = re.finditer(rf"\b{name}\b", norm[info.start : info.end])
                if any(measured_from(norm, info.start + m.start()) for m in spots):
                    hosts.append(o)
                    break
        if len(hosts) != 1:
            continue
        host = hosts[0]
        host.infos = sorted(host.infos + d.infos, key=lambda i: i.start)
        host.figures.extend(d.figures)
        host.first_pos = min(host.first_pos, d.first_pos)
        del out[k]
    return out


def _one_incident_so_far(
    drafts: dict[tuple[str, date | None], EventDraft], last: EventDraft
) -> bool:
    """Every draft so far is ``last`` or a region-level lead of it (its region or country)."""
    return all(
        d is last
        or (d.place.level == LEVEL_ADMIN1 and d.place.admin1 == last.place.admin1)
        or (d.place.level == LEVEL_COUNTRY and d.place.country == last.place.country)
        for d in drafts.values()
    )


def _follow_up_day(info: SentenceInfo, prior: EventDraft, day: date | None) -> date | None:
    """The day of the incident a figures-only sentence updates ("the toll rose to 9 on Tuesday").

    A later date in such a sentence is when the toll was reported, not a new incident.
    """
    if not info.figures or prior.day is None or day is None:
        return day
    if any(c is not cl.HARM_ONLY for c in info.types):
        return day
    if 0 < (day - prior.day).days <= 3:
        return prior.day
    return day


def _from_dateline(d: EventDraft) -> bool:
    return d.place.kind == "dateline" and all(p.kind == "dateline" for p in d.places)


def _fold_dateline_drafts(
    drafts: dict[tuple[str, date | None], EventDraft],
) -> dict[tuple[str, date | None], EventDraft]:
    """A dateline is where the reporter files from: its draft joins the incident's own place.

    "COTABATO CITY, Philippines - Gunmen shot dead ... The attack happened in Datu Piang": the lead
    placed only by the dateline is the incident the body places, when the body names one that day.
    """
    out = dict(drafts)
    for k, d in drafts.items():
        if not _from_dateline(d):
            continue
        others = sorted(
            (o for o in out.values() if o is not d and not _from_dateline(o) and o.day == d.day),
            key=lambda o: o.first_pos,
        )
        if not others:
            continue
        host = others[0]
        host.infos = sorted(host.infos + d.infos, key=lambda i: i.start)
        host.figures.extend(d.figures)
        host.first_pos = min(host.first_pos, d.first_pos)
        if d.date_span is not None and (
            host.date_span is None or d.date_span.start < host.date_span.start
        ):
            host.date_span = d.date_span
        del out[k]
    return out


# "in attacks on two villages", "in a wave of attacks": a lead summing up several incidents.
_SUMMARY = re.compile(
    r"\b(?:(?:attacks|raids|strikes|incidents)\s+(?:on|in|across)\s+(?:two|three|four|five|"
    r"several|\d+)\b|(?:two|three|four|five|several|separate|multiple|a\s+(?:series|wave|"
    r"string)\s+of)\s+(?:\w+\s+){0,2}(?:attacks|raids|strikes|incidents)\b)",
    re.IGNORECASE,
)


_THE_CITYS = re.compile(r"\bthe\s+(?:city|town|capital)'s\s+$", re.IGNORECASE)
# "Some hurled firebombs ...", "They then torched ...": the people of the sentence before.
_CONTINUES = re.compile(r"\s*(?:some|they|others|many|most|several\s+of\s+them)\b", re.I)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "were",
        "have",
        "been",
        "said",
        "their",
        "they",
        "them",
        "there",
        "which",
        "when",
        "where",
        "after",
        "before",
        "also",
        "into",
        "more",
        "than",
        "other",
        "people",
        "police",
        "officials",
        "city",
        "town",
        "killed",
        "least",
    ]
)


def _digest_match(norm: str, text: str, digest: list[EventDraft]) -> EventDraft:
    """Of the incidents of a digest lead, the one whose words a follow-up sentence repeats."""
    words = set(_CONTENT_WORD.findall(text.lower())) - _COMMON
    best, best_n = digest[0], 0
    for d in digest:
        own: set[str] = set()
        for info in d.infos:
            seg = segment_of(norm, info, d.key)
            a, b = (seg[0], seg[1]) if seg else (info.start, info.end)
            own |= set(_CONTENT_WORD.findall(norm[a:b].lower()))
        n = len(words & own)
        if n > best_n:
            best, best_n = d, n
    return best


def _borrowed_date(norm: str, d: EventDraft) -> bool:
    """Every sentence of the draft is a digest whose date lies in another incident's stretch.

    "Gunmen killed eight in Guayaquil late on Sunday, hours before a prison clash in Machala":
    Sunday is Guayaquil's day, not Machala's.
    """
    borrowed = False
    for info in d.infos:
        if info.date is None:
            continue  # it takes its day from the sentences around it
        seg = segment_of(norm, info, d.key)
        if seg is None or seg[0] <= info.date.start < seg[1]:
            return False
        borrowed = True
    return borrowed


def _fold_borrowed_dates(
    norm: str, drafts: dict[tuple[str, date | None], EventDraft]
) -> dict[tuple[str, date | None], EventDraft]:
    """A lead stretch dated by its neighbour's day joins its place's own event a day away."""
    out = dict(drafts)
    for k, d in drafts.items():
        if d.day is None or not _borrowed_date(norm, d):
            continue
        hosts = [
            o
            for o in out.values()
            if o is not d and o.key == d.key and o.day and abs((o.day - d.day).days) <= 1
        ]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        host.infos = sorted(host.infos + d.infos, key=lambda i: i.start)
        host.figures.extend(d.figures)
        host.first_pos = min(host.first_pos, d.first_pos)
        del out[k]
    return out


def _sharper(primary: DateMention, new: DateMention) -> bool:
    """A day within the week or month a vague lead gave ("earlier this week" ... "on Sept. 16")."""
    if primary.precision != 2 or new.precision != 1 or primary.value is None or new.value is None:
        return False
    return 0 <= (primary.value - new.value).days <= 7 and not new.report


# "Drones struck Port Sudan for a third straight day on Tuesday": the days before were news then.
_NTH_STRAIGHT_DAY = re.compile(
    r"\bfor\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:straight|consecutive|successive)\s+(?:day|night)\b",
    re.IGNORECASE,
)


def _drop_earlier_days_of_a_run(
    norm: str, drafts: dict[tuple[str, date | None], EventDraft]
) -> dict[tuple[str, date | None], EventDraft]:
    """A lead on the latest day of a run of attacks on one place: the earlier days that the body
    recounts at that place are background, not new events."""
    if not drafts:
        return drafts
    lead = min(drafts.values(), key=lambda d: d.first_pos)
    first = min(lead.infos, key=lambda i: i.start)
    if lead.day is None or not _NTH_STRAIGHT_DAY.search(norm, first.start, first.end):
        return drafts
    return {
        k: d
        for k, d in drafts.items()
        if not (d.key == lead.key and d.day is not None and d.day < lead.day)
    }


def _report_dated(d: EventDraft) -> bool:
    """A draft dated only by when something was said ("..., the army said on Monday"), or by
    nothing at all (a lead that gives no day, dated by the publication)."""
    dated = [i.date for i in d.infos if i.date is not None]
    return all(m.report for m in dated)


def _vaguely_dated(d: EventDraft) -> bool:
    """A draft whose only dates are a week ("earlier this week")."""
    dated = [i.date for i in d.infos if i.date is not None]
    return bool(dated) and all(m.precision == 2 for m in dated)


def _fold_report_dated(
    norm: str, drafts: dict[tuple[str, date | None], EventDraft]
) -> dict[tuple[str, date | None], EventDraft]:
    """A lead dated by its report joins the incident the body dates a few days earlier.

    "Separatists killed four soldiers in Bamenda, the army said on Monday. ... The soldiers were
    on patrol on Saturday": one incident, on Saturday. A region or dateline lead goes to the first
    incident told in that region, unless it sums up several ("in attacks on two villages").
    """
    out = dict(drafts)
    for k, d in sorted(drafts.items(), key=lambda kv: kv[1].first_pos):
        vague = d.day is not None and _vaguely_dated(d)
        if d.day is None or not (_report_dated(d) or vague):
            continue
        window = 7 if vague else 3
        hosts = [
            o
            for o in out.values()
            if o is not d
            and o.day is not None
            and 0 < (d.day - o.day).days <= window
            and not _report_dated(o)
            and not _vaguely_dated(o)
            and (
                o.key == d.key
                or _from_dateline(d)
                or d.place.level == LEVEL_COUNTRY
                or (
                    d.place.level == LEVEL_ADMIN1
                    and o.place.admin1 == d.place.admin1
                    and o.place.country == d.place.country
                )
            )
        ]
        if not hosts:
            continue
        summary = any(_SUMMARY.search(norm, i.start, i.end) for i in d.infos)
        if summary and (d.place.level != LEVEL_CITY or _from_dateline(d)):
            del out[k]
            continue
        host = min(hosts, key=lambda o: o.first_pos)
        host.infos = sorted(host.infos + d.infos, key=lambda i: i.start)
        host.figures.extend(d.figures)
        host.first_pos = min(host.first_pos, d.first_pos)
        del out[k]
    return out


def _merge_key(loc: Located) -> str:
    return loc.key


# "09:15 —", "11:40 GMT -": the time stamp that opens a live-blog entry.
_ENTRY_TIME = re.compile(
    r"^(\d{1,2})[:.](\d{2})\b(?:\s*(?:GMT|UTC|BST|CET|EET|[AP]M))?\s*[—–-]", re.M
)


def newest_first_live_blog(norm: str) -> bool:
    """A live blog whose time-stamped entries run newest first (each one earlier than the last)."""
    times = [int(m[1]) * 60 + int(m[2]) for m in _ENTRY_TIME.finditer(norm)]
    return len(times) >= 2 and all(a > b for a, b in pairwise(times))


def _chronological(norm: str, infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """The sentences of a newest-first live blog, oldest entry first (the lead stays first)."""
    stamps = [m.start() for m in _ENTRY_TIME.finditer(norm)]

    def entry(info: SentenceInfo) -> int:
        return sum(1 for x in stamps if x <= info.start)  # 0: before the first entry

    return sorted(infos, key=lambda i: (entry(i) != 0, -entry(i)))


# What follows an incident rather than being one: demolitions, funerals, vigils.
_AFTERMATH = re.compile(
    r"\b(?:demolish(?:ed|es|ing)?|demolitions?|bulldoz(?:ed|ing)|funerals?|mourners?|mourned|"
    r"buried|burials?|laid\s+to\s+rest|vigils?|memorial|commemorat\w+)\b",
    re.IGNORECASE,
)
# A vigil is for the dead only when it says so: "a night vigil" at a church is a service.
_MOURNING = re.compile(
    r"\b(?:funerals?|mourners?|mourned|buried|burials?|laid\s+to\s+rest|memorial|"
    r"(?:candle-?lit\s+|candlelight\s+)vigils?|vigils?\s+(?:for|in\s+memory|to\s+(?:mourn|honou?r)))\b",
    re.IGNORECASE,
)


def build_events(
    norm: str,
    infos: list[SentenceInfo],
    anchor: date | None,
    dateline_place: Located | None,
) -> list[EventDraft]:
    """Group sentence cues into event drafts (one per place key and day)."""
    if newest_first_live_blog(norm):
        infos = _chronological(norm, infos)
    drafts: dict[tuple[str, date | None], EventDraft] = {}
    primary: DateMention | None = None
    primary_day: date | None = anchor
    last_by_para: dict[int, EventDraft] = {}
    last_event: EventDraft | None = None
    last_incident: EventDraft | None = None  # the last draft that is not an aftermath
    last_digest: list[EventDraft] = []  # the drafts of the last sentence naming several places
    para_date: dict[int, DateMention] = {}
    country_only: list[tuple[SentenceInfo, Located, date | None, DateMention | None]] = []
    for info in infos:
        if info.background and not info.date:
            continue
        if info.date is not None:
            para_date[info.sentence.paragraph] = info.date
        date_m = info.date or para_date.get(info.sentence.paragraph) or primary
        day = date_m.value if date_m else anchor
        if info.date is not None and (
            primary is None
            or (primary.report and not info.date.report)
            or _sharper(primary, info.date)
        ):
            # The first incident date told, not the day a statement was made about it.
            primary, primary_day = info.date, info.date.value
        if day and primary_day and (primary_day - day).days > 3:
            continue  # an earlier incident told as background
        if (
            day
            and primary_day
            and (day - primary_day).days > 3
            and not (
                anchor is not None
                and day <= anchor
                and info.date is not None
                and not info.date.report
            )
        ):
            continue
        if info.background:
            continue
        places = event_places(info, norm)
        prev = last_by_para.get(info.sentence.paragraph) or last_event
        if prev is not None and prev.place.level == LEVEL_CITY:
            # "in the city's Oleksandrivskyi district": a district of the city just told, even
            # when another city has a district of that name.
            places = [
                replace(prev.place, district=p.district, span=p.span)
                if p.district
                and p.key != prev.key
                and _THE_CITYS.search(norm, max(0, p.span.start - 20), p.span.start)
                else p
                for p in places
            ]
        text = norm[info.start : info.end]
        aftermath = bool(_AFTERMATH.search(text)) and not info.weapons
        if aftermath and _MOURNING.search(text) and not info.figures:
            continue  # a funeral or vigil for the dead of an earlier incident
        targets: list[Located] = []
        para_last = last_by_para.get(info.sentence.paragraph) or last_by_para.get(
            info.sentence.paragraph - 1
        )
        if places and all(p.kind == "reference" for p in places) and para_last is not None:
            # "about 30 km from X": a distance from a landmark, for the incident just told.
            targets = [para_last.place]
        elif places and all(p.kind == "reference" for p in places):
            # "an ambush on the road between X and Y": one incident, at the first landmark.
            targets = places[:1]
        elif places:
            targets = places
        else:
            para_last = last_by_para.get(info.sentence.paragraph)
            if cl.ELSEWHERE.search(text):
                continue
            if para_last and (
                info.figures or info.weapons or cl.ANAPHORA.search(text) or _CONTINUES.match(text)
            ):
                targets = [para_last.place]
                day = _follow_up_day(info, para_last, day)
            elif last_incident and cl.ANAPHORA.search(text):
                if len(last_digest) > 1:
                    # After a lead telling several incidents, the one this sentence is about.
                    last_incident = _digest_match(norm, text, last_digest)
                # "The blast killed nine" after a paragraph on a demolition elsewhere: the blast's
                # own place, not the aftermath's.
                targets = [last_incident.place]
                day = _follow_up_day(info, last_incident, day)
                if info.date is None and info.sentence.paragraph not in para_date:
                    # "..., said the strike had targeted fighters": no day of its own, so the
                    # day of the incident it refers to, not the lead's.
                    day, date_m = last_incident.day, None
            elif (
                last_event
                and _one_incident_so_far(drafts, last_event)
                and info.figures
                and _SOURCED_FIGURE.search(text)
                # the next paragraph, or the one after a quote
                and 1
                <= info.sentence.paragraph - max(i.sentence.paragraph for i in last_event.infos)
                <= 2
            ):
                # "The government said 17 soldiers were killed": another source's count for the
                # one incident just told, in the next paragraph (its figures only).
                last_event.figures.extend((f, info.sentence.index) for f in info.figures)
                continue
            elif last_event is None and dateline_place is not None:
                targets = [replace(dateline_place, kind="dateline")]
            else:
                countries = [p for p in info.places if p.level == LEVEL_COUNTRY]
                dwu = all(c.sub_event_type == "Disrupted weapons use" for c in info.types)
                if countries and (info.figures or info.weapons) and not dwu:
                    country_only.append((info, countries[0], day, date_m))
        seen_keys: set[str] = set()
        if len({loc.key for loc in targets}) > 1:
            last_digest = []
        elif targets:
            last_digest = [] if places else last_digest
        own_days = _segment_days(norm, info, targets, anchor) if places else {}
        for loc in targets:
            if loc.key in seen_keys:
                continue
            seen_keys.add(loc.key)
            loc_day, loc_date = own_days.get(loc.key, (day, date_m))
            k = (_merge_key(loc), loc_day)
            d = drafts.get(k)
            if d is None:
                d = EventDraft(
                    loc.key,
                    loc,
                    loc_day,
                    loc_date.precision if loc_date else (1 if loc_day else None),
                    Span(loc_date.start, loc_date.end) if loc_date else None,
                    first_pos=info.start,
                )
                drafts[k] = d
            elif (
                loc.level == LEVEL_CITY
                and d.place.level == LEVEL_CITY
                and d.place.district
                and not loc.district
            ):
                d.place = loc
            d.infos.append(info)
            d.places.extend(p for p in places if p.key == loc.key)
            last_by_para[info.sentence.paragraph] = d
            last_event = d
            if not aftermath or d.figures:
                last_incident = d
            if len({t.key for t in targets}) > 1 and d not in last_digest:
                last_digest.append(d)
        for f in info.figures:
            target = _figure_place(f, info, norm, targets)
            if target is None and len(seen_keys) == 1 and not info.places:
                target = targets[0] if targets else None
            if target is None:
                continue
            d = drafts.get((_merge_key(target), own_days.get(target.key, (day, None))[0]))
            if d is not None:
                d.figures.append((f, info.sentence.index))
        del text
    if not drafts and country_only:
        # Only the country is known: one country-level event (ACLED geo-precision 3).
        info, loc, day, date_m = country_only[0]
        d = EventDraft(
            loc.key,
            loc,
            day,
            date_m.precision if date_m else (1 if day else None),
            Span(date_m.start, date_m.end) if date_m else None,
            first_pos=info.start,
        )
        for info, loc2, day2, _ in country_only:
            if loc2.key == loc.key and day2 == day:
                d.infos.append(info)
                d.places.append(loc2)
                d.figures.extend((f, info.sentence.index) for f in info.figures)
        drafts[(loc.key, day)] = d
    drafts = _fold_borrowed_dates(norm, drafts)
    drafts = _fold_report_dated(norm, drafts)
    drafts = _fold_dateline_drafts(drafts)
    drafts = _fold_landmark_drafts(norm, drafts)
    drafts = _drop_earlier_days_of_a_run(norm, drafts)
    # A region-level draft joins the single city draft of the same region and day.
    merged: list[EventDraft] = []
    for d in sorted(drafts.values(), key=lambda x: x.first_pos):
        if d.place.level == LEVEL_ADMIN1:
            same = [
                c
                for c in drafts.values()
                if c.place.level == LEVEL_CITY
                and c.place.admin1 == d.place.admin1
                and c.day == d.day
                and c.place.country == d.place.country
            ]
            if len(same) > 1:
                # "The attack took place near X": the city the body places the lead's incident in.
                same = [
                    c
                    for c in same
                    if any(cl.INCIDENT_SITE.search(norm, i.start, i.end) for i in c.infos)
                ]
            if len(same) == 1:
                same[0].infos.extend(d.infos)
                same[0].figures.extend(d.figures)
                same[0].places.extend(d.places)
                continue
        merged.append(d)
    return merged
