"""Event dates resolved against the publication date.

Hand-written patterns rather than dateparser: its 'past' preference moves "Thursday" written on
a Thursday back a week, and explicit patterns are faster and deterministic. Rules:
- a weekday equal to the publication day's weekday is that day; other weekdays are the most
  recent past such day (within 6 days);
- "overnight into Friday", "early hours of Friday", "Thursday night" -> the named day;
- "yesterday" / "last night" -> the day before; "today", "this morning", "overnight" -> the day;
- explicit dates ("June 1", "24 April 2025", "on 3 March") without a year take the year that
  puts them on or just before the anchor;
- no anchor (no publication date, no dateline date) and no explicit year -> no date;
- a wire dateline's date is the anchor of the body and yields to any date in it;
- "the next day", "two days later", "a day earlier" -> from the last incident dated before;
- dates of statements and toll updates ("said on Tuesday", "rose to 17 on Tuesday") yield to
  the incident's own date in the same passage ("... Monday's attack").
Precision: 1 day, 2 week, 3 month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ingest.pipeline.types import (
    DATE_PRECISION_DAY,
    DATE_PRECISION_MONTH,
    DATE_PRECISION_WEEK,
    Span,
)

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NUM = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NUM.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH_NUM["sept"] = 9
_MONTH = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_EXPLICIT = re.compile(
    rf"\b(?:{_DAY}(?:\s+of)?\s+{_MONTH}|{_MONTH2}\s+{_DAY2}\b){_YEAR}(?![\d:])",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_WEEKDAY = re.compile(
    r"\b(?P<prefix>(?:overnight\s+(?:into|to)\s+|night\s+(?:into|to)\s+|early\s+hours\s+of\s+|"
    r"last\s+|this\s+past\s+|past\s+|next\s+|this\s+coming\s+|coming\s+|"
    r"(?:late|early)\s+on\s+|on\s+|late\s+|early\s+|"
    r"overnight\s+(?:on\s+)?|since\s+|until\s+|by\s+|from\s+)?)"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"(?P<suffix>\s+(?:night|evening|morning|afternoon)(?:\s+(?:into|to)\s+"
    r"(?P<weekday2>monday|tuesday|wednesday|thursday|friday|saturday|sunday))?)?",
    re.IGNORECASE,
)
# "Friday prayers", "Sunday service", "Sunday school": the weekday names a weekly rite.
_WEEKDAY_AS_NOUN = re.compile(
    r"\s+(?:prayers?|sermons?|services?|mass|school|market|worship)\b", re.IGNORECASE
)
_RELATIVE = re.compile(
    r"\b(?P<phrase>yesterday|the\s+day\s+before|today|tonight|this\s+morning|this\s+afternoon|"
    r"this\s+evening|earlier\s+today|late\s+last\s+night|last\s+night|overnight|"
    r"(?P<n>two|three|four|five|six|2|3|4|5|6)\s+days\s+ago|"
    r"earlier\s+this\s+week|this\s+week|last\s+week|earlier\s+this\s+month|this\s+month|"
    r"last\s+month|last\s+year|earlier\s+this\s+year|this\s+year|in\s+(?:19|20)\d\d|"
    r"(?:in\s+|since\s+)?(?:late|early|mid-?)\s*(?:19|20)\d\d|"
    r"(?:a|one|two|three|several|few)\s+(?:weeks?|months?|years?)\s+ago)\b",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(
    rf"\b(?:in|since|during|throughout|early|late|mid-?)\s+{_MONTH}\b"
    rf"(?:\s+(?P<year>(?:19|20)\d\d))?(?!\s+\d)",
    re.IGNORECASE,
)
_NUM_WORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date | None
    precision: int
    background: bool = False  # clearly before the news window (last month, in 2022, ...)
    future: bool = False
    old: bool = False  # a day more than ten days before the anchor
    report: bool = False  # when something was said or a toll updated ("said on Tuesday")
    dateline: bool = False  # the date of a wire dateline ("SRINAGAR, Oct 13 -")


@dataclass(frozen=True)
class ResolvedDate:
    value: date | None
    precision: int | None
    span: Span | None


def as_date(value: date | datetime | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The most recent ``weekday`` on or before ``anchor`` (same weekday means the anchor)."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _explicit(day: int, month: int, year: int | None, anchor: date | None) -> date | None:
    if year is None:
        if anchor is None:
            return None
        year = anchor.year
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        # A day/month more than a few days ahead of the anchor belongs to the previous year.
        if candidate > anchor + timedelta(days=3):
            year -= 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Relative to the incident told just before: "the next day", "two days later", "a day earlier".
_EVENT_RELATIVE = re.compile(
    r"\b(?:the\s+(?P<next>following|next)\s+(?:day|morning|afternoon|evening|night)|"
    r"the\s+day\s+after|(?P<n>a|one|two|three|four|five|2|3|4|5)\s+days?\s+"
    r"(?P<dir>later|earlier|(?:before|after)(?=\s*[,.;)]))|the\s+previous\s+day)\b",
    re.IGNORECASE,
)
_REL_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# A date right after these words says when something was reported or a toll updated, not when
# the incident happened ("the toll rose to 17 on Tuesday", "police said on Monday").
_REPORT_BEFORE = re.compile(
    r"\b(?:(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|reported|added|confirmed|stated)"
    r"(?:\s+in\s+a\s+(?:statement|video|post))?(?:\s+(?:late|early|later))?|"
    r"claimed\s+(?:responsibility\s+)?"
    r"(?:for\s+(?:(?!\b(?:that|which|who|killed|killing|wounded|hit)\b)[^.;:!?]){0,60}?)?|"
    r"claimed|wrote|posted|tweeted|rose|risen|climbed|increased|reached|jumped|updated|"
    r"rose\s+to\s+(?:at\s+least\s+)?\S+|risen\s+to\s+(?:at\s+least\s+)?\S+|"
    r"climbed\s+to\s+(?:at\s+least\s+)?\S+|(?:was|were|had\s+been)\s+(?:released|"
    r"published|issued)|"
    # "... before withdrawing on Tuesday": when the attackers left, not when they struck.
    r"(?:before|after)\s+(?:withdrawing|leaving|retreating|pulling\s+out))\s*,?\s*$",
    re.IGNORECASE,
)


# "On Sunday, police recovered six bodies ... after fighting on Saturday": the day the dead were
# found, which yields to the day of the violence when the sentence gives one.
_DISCOVERY_AFTER = re.compile(
    r",?\s+(?:\w+\s+){0,3}?(?:recovered|found|discovered|retrieved|pulled\s+out)\s+"
    r"(?:(?:at\s+least|the|\w+)\s+){0,2}bod(?:y|ies)\b",
    re.IGNORECASE,
)


def find_date_mentions(
    text: str, start: int = 0, end: int | None = None, anchor: date | None = None
) -> list[DateMention]:
    """Date expressions in ``text[start:end]``, best candidate for the event date first.

    A wire dateline's date ("IMPHAL, June 9 -") becomes the anchor for the body when there is
    one, and the dateline mention itself comes last: any weekday or relative date in the
    passage beats it. Dates of reports and toll updates ("said on Tuesday", "rose to 17 on
    Tuesday") come after the other dates of the passage, so ``[0]`` of the usable ones is the
    day of the incident. Phrases relative to the incident told before ("two days later") are
    resolved against the last dated mention earlier in the text.
    """
    end = len(text) if end is None else end
    line_date, line_span = _dateline_date(text, anchor)
    if line_date is not None:
        anchor = line_date
    found = _find_raw(text, start, end, anchor)
    out: list[DateMention] = []
    for d in found:
        if line_span is not None and d.start >= line_span[0] and d.end <= line_span[1]:
            out.append(replace(d, dateline=True))
            continue
        if d.value is not None and _REPORT_BEFORE.search(text, max(0, d.start - 90), d.start):
            out.append(replace(d, report=True))
            continue
        if d.value is not None and _DISCOVERY_AFTER.match(text, d.end, min(end, d.end + 80)):
            out.append(replace(d, report=True))
            continue
        out.append(d)
    if _EVENT_RELATIVE.search(text, start, end):
        out = _with_event_relative(text, start, end, anchor, out)
    out.sort(key=lambda d: (d.dateline, d.report, d.start))
    return out


def _with_event_relative(
    text: str, start: int, end: int, anchor: date | None, mentions: list[DateMention]
) -> list[DateMention]:
    taken = [(d.start, d.end) for d in mentions]
    extra: list[DateMention] = []
    for m in _EVENT_RELATIVE.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if m["next"] or m.group(0).lower().startswith("the day after"):
            offset = 1
        elif m.group(0).lower().startswith("the previous"):
            offset = -1
        else:
            n = _REL_NUM.get(m["n"].lower()) or int(m["n"])
            offset = n if m["dir"].lower() in ("later", "after") else -n
        ref = _reference_day(text, m.start(), anchor)
        value = None
        if ref is not None:
            value = ref + timedelta(days=offset)
        elif offset < 0 and anchor is not None:
            value = anchor + timedelta(days=offset)  # "two days earlier": before the report
        future = value is not None and anchor is not None and value > anchor + timedelta(1)
        extra.append(DateMention(m.start(), m.end(), value, DATE_PRECISION_DAY, future=future))
    return sorted([*mentions, *extra], key=lambda d: d.start)


def _reference_day(text: str, pos: int, anchor: date | None) -> date | None:
    """The day of the last dated incident told before ``pos`` (reports and datelines aside)."""
    lo = text.rfind("\n\n", 0, max(0, pos - 1500))
    lo = 0 if lo < 0 else lo
    best: DateMention | None = None
    for d in find_date_mentions(text, lo, pos, anchor):
        if text.count('"', lo, d.start) % 2:
            continue  # "We buried them yesterday": a speaker's day, not an incident told
        usable = d.value is not None and not (d.background or d.future or d.report)
        if usable and not d.dateline and (best is None or d.start > best.start):
            best = d
    return best.value if best is not None else None


_DATELINE_CACHE: dict[tuple[str, date | None], tuple[date | None, tuple[int, int] | None]] = {}


def _dateline_date(text: str, anchor: date | None) -> tuple[date | None, tuple[int, int] | None]:
    """The dateline date and its span, when it is within a week before the publication date."""
    head = text[:_HEAD_CHARS]
    key = (head, anchor)
    cached = _DATELINE_CACHE.get(key)
    if cached is not None:
        return cached
    result: tuple[date | None, tuple[int, int] | None] = (None, None)
    found = _dateline_match(head)
    if found is not None and found[0]["date"] and len(found[0]["place"].strip().split()) <= 4:
        m, at = found
        span = (at + m.start("date"), at + m.end("date"))
        raw = _find_raw(text, span[0], span[1], anchor)
        if raw and raw[0].value is not None:
            value = raw[0].value
            if anchor is None or -1 <= (anchor - value).days <= 7:
                result = (value, span)
            else:
                result = (None, span)
    if len(_DATELINE_CACHE) > 256:
        _DATELINE_CACHE.clear()
    _DATELINE_CACHE[key] = result
    return result


def _find_raw(
    text: str, start: int = 0, end: int | None = None, anchor: date | None = None
) -> list[DateMention]:
    """Date expressions in ``text[start:end]`` resolved against ``anchor``, in text order."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    found: list[DateMention] = []
    for m in _ISO.finditer(chunk):
        try:
            value = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        found.append(DateMention(start + m.start(), start + m.end(), value, DATE_PRECISION_DAY))
    for m in _EXPLICIT.finditer(chunk):
        month_name = (m["month"] or m["month2"]).lower().rstrip(".")
        if month_name == "may" and not (m["month"] or m["month2"]).startswith("M"):
            continue
        day = int(m["day"] or m["day2"])
        year = int(m["year"]) if m["year"] else None
        value = _explicit(day, _MONTH_NUM[month_name], year, anchor)
        if value is None and (year is not None or anchor is not None):
            continue
        found.append(DateMention(start + m.start(), start + m.end(), value, DATE_PRECISION_DAY))
    for m in _WEEKDAY.finditer(chunk):
        if _WEEKDAY_AS_NOUN.match(chunk, m.end()):
            continue  # "during Friday prayers": a weekly rite, not a date
        prefix = (m["prefix"] or "").lower()
        target = (m["weekday2"] or m["weekday"]).lower()
        if re.match(r"(?:overnight|night)\s+(?:into|to)", prefix):
            target = m["weekday"].lower()
        wd = _WEEKDAYS.index(target)
        future = prefix.strip() in ("next", "this coming", "coming", "until", "by")
        value = None
        if anchor is not None and not future:
            value = weekday_on_or_before(anchor, wd)
            if prefix.startswith(("last", "this past", "past")) and value == anchor:
                value = anchor - timedelta(days=7)
        found.append(
            DateMention(
                start + m.start(),
                start + m.end(),
                value,
                DATE_PRECISION_DAY,
                future=future,
                background=prefix.startswith("since"),
            )
        )
    for m in _RELATIVE.finditer(chunk):
        phrase = re.sub(r"\s+", " ", m["phrase"].lower())
        value = None
        precision = DATE_PRECISION_DAY
        background = False
        if phrase in ("yesterday", "the day before", "last night", "late last night"):
            offset = 1
        elif phrase in (
            "today",
            "tonight",
            "this morning",
            "this afternoon",
            "this evening",
            "earlier today",
            "overnight",
        ):
            offset = 0
        elif m["n"]:
            offset = _NUM_WORD.get(m["n"].lower()) or int(m["n"])
        elif phrase in ("earlier this week", "this week"):
            offset, precision = 0, DATE_PRECISION_WEEK
        elif phrase == "last week":
            offset, precision = 7, DATE_PRECISION_WEEK
        elif phrase in ("earlier this month", "this month"):
            offset, precision = 0, DATE_PRECISION_MONTH
        else:
            offset, precision, background = 0, DATE_PRECISION_MONTH, True
        if anchor is not None and not background:
            value = anchor - timedelta(days=offset)
        found.append(DateMention(start + m.start(), start + m.end(), value, precision, background))
    for m in _MONTH_ONLY.finditer(chunk):
        month = _MONTH_NUM[m["month"].lower().rstrip(".")]
        year = int(m["year"]) if m["year"] else (anchor.year if anchor else None)
        background = True
        value = None
        if year is not None:
            if anchor is not None and m["year"] is None and month > anchor.month:
                year -= 1
            value = date(year, month, 1)
            background = anchor is None or (anchor.year, anchor.month) != (year, month)
        found.append(
            DateMention(start + m.start(), start + m.end(), value, DATE_PRECISION_MONTH, background)
        )
    found.sort(key=lambda d: (d.start, -d.end))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    if anchor is not None:
        # Anything well before the news window is history, not the reported event.
        out = [
            DateMention(
                d.start,
                d.end,
                d.value,
                d.precision,
                d.background,
                d.future or (d.value is not None and d.value > anchor + timedelta(1)),
                d.value is not None and (anchor - d.value).days > 10,
            )
            for d in out
        ]
    return out


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-/ ]{1,40}[A-Z.])(?:\s*,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}))?"
    r"(?:\s*,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z. ]{2,20})\)\s*)?(?:-|—|–|:)",
)


# How far into the text a dateline is looked for: a headline and a byline may come first.
_HEAD_CHARS = 600
# A line before the dateline: a headline or a byline ("Special Correspondent"), not a sentence.
_HEAD_LINE = re.compile(r"^[^\n]{1,200}?(?<![.:;,])\n+", re.MULTILINE)


# "Jammu/Srinagar, Oct 3:", "Kyiv, March 12 -": a dateline in title case needs its date.
_DATELINE_TITLE = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]+(?:[-/ ][A-Z][a-z]+){0,3})\s*,\s*"
    r"(?:(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*,\s*)?"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?)\s*(?:\((?P<agency>[A-Za-z. ]{2,20})\)\s*)?(?::|\s-\s|\s—\s)",
)


def _dateline_match(head: str) -> tuple[re.Match[str], int] | None:
    """The dateline match and its offset: at the very start, or after up to three title lines.

    Reports often open with their headline ("Gunmen kill 12 in ...", then "KANO, Nigeria (AP) -"):
    the dateline starts the first paragraph of the body, not the text.
    """
    at = 0
    for _ in range(4):
        m = _DATELINE.match(head[at : at + 160]) or _DATELINE_TITLE.match(head[at : at + 160])
        if m:
            return m, at
        line = _HEAD_LINE.match(head, at)
        if line is None or line.start() != at:
            return None
        at = line.end()
    return None


@dataclass(frozen=True)
class Dateline:
    place: str
    place_span: Span
    date: date | None
    date_span: Span | None
    end: int = 0  # where the dateline ends (after its dash)
    agency: str | None = None  # "Xinhua" in "TAIZ, Yemen (Xinhua) -"


def parse_dateline(text: str, published_at: date | datetime | None) -> Dateline | None:
    """A wire-style dateline at the start of the text ("KYIV, Ukraine (AP) —")."""
    found = _dateline_match(text[:_HEAD_CHARS])
    if found is None:
        return None
    m, at = found
    place = m["place"].strip()
    # "KYIV/MOSCOW —": several bureaus in capitals and a dash are a dateline on their own.
    if not (m["agency"] or m["date"] or m["region"] or "/" in place):
        return None
    if len(place.split()) > 4:
        return None
    anchor = as_date(published_at)
    value = None
    date_span = None
    if m["date"]:
        mentions = _find_raw(text, at + m.start("date"), at + m.end("date"), anchor)
        if mentions:
            value, date_span = mentions[0].value, Span(mentions[0].start, mentions[0].end)
    start = at + m.start("place")
    agency = m["agency"].strip() if m["agency"] else None
    return Dateline(place, Span(start, start + len(place)), value, date_span, at + m.end(), agency)


def resolve_event_date(
    text: str,
    start: int,
    end: int,
    published_at: date | datetime | None,
    fallback: DateMention | None = None,
) -> ResolvedDate:
    """The date of an event described in ``text[start:end]``.

    The first usable date expression in the passage wins; otherwise ``fallback`` (a mention from
    the surrounding paragraph or the lead); otherwise the anchor itself when there is one.
    """
    anchor = as_date(published_at)
    for mention in find_date_mentions(text, start, end, anchor):
        if mention.value is not None and not mention.background and not mention.future:
            return ResolvedDate(mention.value, mention.precision, Span(mention.start, mention.end))
    if fallback is not None and fallback.value is not None:
        return ResolvedDate(fallback.value, fallback.precision, Span(fallback.start, fallback.end))
    if anchor is not None:
        return ResolvedDate(anchor, DATE_PRECISION_DAY, None)
    return ResolvedDate(None, None, None)
