"""Direct quotes of four words or more, with their speaker.

Quote marks are paired left to right inside a paragraph (curly and straight alike, since writers
mix them); an unpaired mark opens a quote that runs to the end of its paragraph, as in
multi-paragraph quotations. The speaker comes from the attribution right after the quote
("...," he said / "...," said X) or right before it (X said: "..."); pronouns take the most recent
named person; a quote with no attribution continues the previous quote's speaker when it
follows it closely (split quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.pipeline import speaker_patterns as pat
from ingest.pipeline.actors import (
    ActorMention,
    PersonIndex,
    canonical_person,
    find_armed_actors,
)
from ingest.pipeline.nlp import Entity
from ingest.pipeline.speaker_refs import (
    THE_DOCUMENT,
    THE_RANK,
    acronym_after,
    acronyms,
    body_referred_back,
    statement_issuer,
    titled_person,
)
from ingest.pipeline.text import Paragraph
from ingest.pipeline.types import ExtractedStatement, Span

MIN_WORDS = 4
_VERBS = pat.VERBS
_SPEAKER_NOUNS = pat.SPEAKER_NOUNS
_PERSON_ROLE_NOUNS = pat.PERSON_ROLE_NOUNS
_NAME = pat.NAME
_NP = pat.NP
_NP_END = pat.NP_END

# After the closing mark: ', he said.' / ', said the mayor' / ' the ministry said in a statement'
_AFTER_SPEAKER_VERB = re.compile(
    rf"^(?!\.\s)\s*[,.!?-]?\s*(?!(?:and|but|or|then|also|while|as)\b)(?P<sp>{_NP})\s+(?:(?:later|also|then|"
    rf"previously|earlier)\s+)?(?:{_VERBS})\b",
    re.IGNORECASE,
)
_AFTER_VERB_SPEAKER = re.compile(
    rf"^(?!\.\s)\s*[,.!?-]?\s*(?:{_VERBS})\s+(?P<sp>{_NP_END})", re.IGNORECASE
)
# Before the opening mark: 'X said: "' / 'X told Reuters, "' / 'According to X, "'
_BEFORE = re.compile(
    rf"(?P<sp>{_NP})\s+(?:(?:later|also|then|had|has|previously|earlier)\s+)?(?:{_VERBS})"
    rf"(?:\s+(?:on|in|to|at|via)\s+[^:\"]{{1,60}}?)?\s*(?:that\s*)?[:,]?\s*$",
    re.IGNORECASE,
)
_ACCORDING = re.compile(
    rf"(?:according\s+to|in\s+the\s+words\s+of)\s+(?P<sp>{_NP_END})\s*,?\s*$", re.IGNORECASE
)
# A partial quote inside reported speech: 'X said it had carried out "a massive strike ..."'.
_REPORTED = re.compile(
    rf"(?:^\s*|[.;!?]\s+|,\s+|\band\s+|\bbut\s+)(?P<sp>{_NP}),?"
    rf"(?:\s+(?:speaking|writing|asking|requesting)\b[^,\".;]{{2,60}},)?"
    rf"\s+(?:(?:later|also|then|had|has)\s+)?"
    rf"(?:said|says|stated|added|warned|announced|claimed|insisted|declared|vowed|pledged|"
    rf"condemned|denounced|ordered|urged|demanded|rejected|dismissed|hailed|critici[sz]ed|"
    rf"promised|accused|threatened|wrote|posted|called|described|branded|dubbed|termed|"
    rf"blamed|denied|labelled|labeled|told\s+[\w ]{{1,30}}?)\b"
    rf"(?:(?:\s+(?:on|in)\s+[^:\".;]{{1,40}}?)?\s+(?:that\s+)?[\w'-]+\b[^\".;:!?]{{0,110}})?\s*$",
)
# 'Hryhorov: "..."', '09:15 — Hryhorov: "..."': a name and a colon introduce the quote.
_COLON_NAME = re.compile(
    rf"(?:^|\n|[—–]\s*|\d\s+-\s+|[.!?]\s+)(?P<sp>{_NAME})\s*:\s*$",
)
_AFTER_SENTENCE_END = re.compile(
    r"\b(?:[a-z]{2,}|(?!(?:Brig|Capt|Prof|Cmdr|Corp|Supt|Insp)\b)[A-Z][a-z]{3,})"
    r"(?P<stop>[.!?])\s+(?=[A-Z])"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])")
_PRONOUNS = {"he", "she", "they", "it", "we"}
_QUOTE_MARK = re.compile('"')


@dataclass(frozen=True)
class Quote:
    start: int  # inside the marks
    end: int
    paragraph: int
    open_mark: int
    close_mark: int | None  # None when the quote runs to the end of the paragraph


# Single curly quotes (‘…’, British style): the opening mark starts a word, the closing mark ends
# one and is not followed by a letter (which would make it an apostrophe, as in "Russia’s").
_SINGLE_QUOTE = re.compile(r"(?<![\w‘’])‘(?=\S)([^‘“”\"\n]+?)(?<=\S)’(?![\w])")


def _single_quotes(text: str, para: Paragraph, taken: list[Quote]) -> list[Quote]:
    out = []
    for m in _SINGLE_QUOTE.finditer(text, para.start, para.end):
        a, b = m.start(1), m.end(1)
        while b > a and text[b - 1] == ",":
            b -= 1
        if any(q.open_mark <= m.start() <= (q.close_mark or q.end) for q in taken):
            continue
        out.append(Quote(a, b, para.index, m.start(), m.end() - 1))
    return out


def find_quotes(norm: str, paras: list[Paragraph], text: str | None = None) -> list[Quote]:
    """Quotation spans (text inside the marks), paired left to right within each paragraph.

    With the original ``text``, single curly quotes (‘…’) count too.
    """
    out: list[Quote] = []
    for para in paras:
        if para.boilerplate:
            continue
        marks = [m.start() for m in _QUOTE_MARK.finditer(norm, para.start, para.end)]
        i = 0
        while i < len(marks):
            open_at = marks[i]
            if i + 1 < len(marks):
                close_at: int | None = marks[i + 1]
                end = marks[i + 1]
                i += 2
            else:
                close_at, end = None, para.end
                i += 1
            start = open_at + 1
            while start < end and norm[start].isspace():
                start += 1
            e = end
            while e > start and norm[e - 1].isspace():
                e -= 1
            if e > start:
                out.append(Quote(start, e, para.index, open_at, close_at))
        if text is not None and "‘" in text[para.start : para.end]:
            out.extend(_single_quotes(text, para, [q for q in out if q.paragraph == para.index]))
    out.sort(key=lambda q: q.start)
    return out


def _word_count(s: str) -> int:
    return len(re.findall(r"[\w'-]+", s))


@dataclass(frozen=True)
class _Speaker:
    as_written: str
    span: Span
    canonical: str | None


# "the mission", "the group", "the agency": an organisation referred back to.
_BARE_BODY = re.compile(
    r"^the\s+(?:mission|group|agency|organi[sz]ation|movement|militia|committee|charity|"
    r"alliance|coalition|body|force|ministry|office|monitor|network|union|watchdog)$",
    re.IGNORECASE,
)


def _subject_person(prior: list[tuple[int, int, str]], sentence_starts: list[int] | None) -> str:
    """ "He said": the first person named in the latest sentence naming one (its subject)."""
    last = prior[-1]
    if not sentence_starts:
        return last[2]
    lo = max((x for x in sentence_starts if x <= last[0]), default=0)
    return next(p[2] for p in prior if p[0] >= lo)


_EPITHET = re.compile(r"^the\s+\d+-year-old\s+[a-z]", re.IGNORECASE)
_IDENTIFIED_AS = re.compile(
    r"[^,.\"]{0,40}?\bidentified\s+(?:him|her)self\s+(?:only\s+)?as\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+'s\s+)?(?P<role>[a-z]+)\b",
    re.IGNORECASE,
)
_ONE_OF = re.compile(r"^one\s+of\s+(?:the|his|her|their)\s+(?P<rest>[a-z][\w\s-]{2,40})$", re.I)
# "A soldier who survived the attack, speaking from hospital, said ...": a speaker by role.
# "The governor of the Far North region said ...": a role with what it is of.
_ROLE_SUBJECT = re.compile(
    rf"(?:(?:^|[.!?]\s+|\n)(?P<role>(?:A|An|One)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SPEAKER_NOUNS})\b|"
    rf"The\s+(?:[a-z-]+\s+){{0,2}}?(?:{_PERSON_ROLE_NOUNS})\s+of\s+(?:the\s+)?"
    rf"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}}(?:\s+(?:region|province|state|district))?|"
    rf"The\s+(?:[a-z-]+\s+){{0,2}}?(?:{_PERSON_ROLE_NOUNS})(?=,\s+who\b))"
    rf"[^.!?\"]{{0,160}}?\b(?:said|told|says)\b|"
    # "..., a community leader told the radio.": a role attributing a sentence at its end.
    rf",\s+(?P<tail>(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SPEAKER_NOUNS}))"
    rf"\s+(?:said|told\s+[\w ]{{1,30}}?)[.!?])",
)
# "the deputy governor of Taiz told Xinhua": a role told in mid-sentence, referred back to later.
_ROLE_OBJECT = re.compile(
    rf"\bthe\s+(?P<role>(?:[a-z-]+\s+){{0,2}}?(?:{_PERSON_ROLE_NOUNS})\s+of\s+(?:the\s+)?"
    rf"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}}(?:\s+(?:region|province|state|district))?)"
    rf"\s+(?:said|told|says)\b",
)
# "the official said", "the spokesman added": a role referred back to.
_BARE_ROLE = re.compile(
    rf"^the\s+(?:{_PERSON_ROLE_NOUNS})$",
    re.IGNORECASE,
)


def _previous_line_start(norm: str, before: int) -> int:
    """The start of the paragraph before ``before``'s, when that paragraph opens with a quote."""
    line = norm.rfind("\n", 0, before) + 1
    if norm[line:before].lstrip()[:1] not in ('"', "\u201c", "'", "\u2018"):
        return line
    j = line - 1
    while j > 0 and norm[j - 1] == "\n":
        j -= 1
    return norm.rfind("\n", 0, j) + 1 if j > 0 else 0


def _role_before(norm: str, before: int, last_person_end: int) -> str | None:
    """A speaker introduced by role in the sentence just before, after the last named person.

    A paragraph that opens with the quote looks back into the paragraph before it ("A hospital
    worker said ... " / "'Every night it is the same,' he said.").
    """
    # From the newline before the paragraph, which the pattern reads as a sentence start.
    lo = max(last_person_end, _previous_line_start(norm, before) - 1, before - 400, 0)
    found = list(_ROLE_SUBJECT.finditer(norm, lo, before))
    if not found:
        return None
    return found[-1].group("role") or found[-1].group("tail")


def _role_referred_back(norm: str, before: int) -> str | None:
    """The role a bare "the official" refers back to ("the deputy governor of Taiz told ...")."""
    lo = max(_previous_line_start(norm, before) - 1, before - 600, 0)
    found = list(_ROLE_OBJECT.finditer(norm, lo, before)) or list(
        _ROLE_SUBJECT.finditer(norm, lo, before)
    )
    return (found[-1].group("role") or found[-1].group("tail")) if found else None


_APPOSED_NAME = re.compile(r",\s+([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}),?$")


def _resolve(
    surface: str,
    span: Span,
    persons: PersonIndex,
    person_spans: list[tuple[int, int, str]],
    before: int,
    org_spans: list[tuple[int, int, str]] | None = None,
    sentence_starts: list[int] | None = None,
    norm: str = "",
) -> _Speaker:
    s = surface.strip().strip(",").strip()
    # "Jane Roe, 47," / "Jane Roe, 47, a teacher,": the age is no part of the name.
    s = re.sub(r"^([A-Z][^,]*),\s*\d{1,3}\b(?:,.*)?$", r"\1", s)
    # "the official, who asked not to be named,": the role, without its relative clause.
    s = _ROLE_THEN_RELATIVE.sub(r"\1", s)
    low = s.lower()
    if low in _PRONOUNS:
        if low in ("he", "she"):
            prior = [p for p in person_spans if p[1] <= before]
            role = _role_before(norm, before, prior[-1][1] if prior else 0) if norm else None
            if role is not None:
                # "A soldier who survived the attack said ... '...,' he said": the soldier.
                return _Speaker(role, span, None)
            if prior:
                return _Speaker(s, span, _subject_person(prior, sentence_starts))
        if low == "it" and norm:
            # '"...," it said': the organisation that opened the sentence before.
            body = body_referred_back(norm, before, org_spans or [])
            if body is not None:
                return _Speaker(norm[body[0] : body[1]], span, body[2])
        return _Speaker(s, span, None)
    if norm and THE_DOCUMENT.match(s):
        # '"...," the statement said': whoever issued the statement named just before.
        issuer = statement_issuer(norm, span.end)
        if issuer is not None:
            a, b = issuer
            found = _resolve(
                norm[a:b], Span(a, b), persons, person_spans, a, org_spans, sentence_starts, norm
            )
            return _Speaker(found.as_written, span, found.canonical)
    rank = THE_RANK.match(s) if norm else None
    if rank:
        # "the colonel told reporters": the person last named as a colonel.
        titled = titled_person(rank.group("rank"), norm, span.start, person_spans)
        if titled is not None:
            return _Speaker(s, span, titled)
    if _BARE_ROLE.match(s) and norm:
        role = _role_referred_back(norm, before)
        if role is not None:
            return _Speaker(role, span, None)
    if _EPITHET.match(s):
        # "the 58-year-old farmer says": the person named just before, described again.
        prior = [p for p in person_spans if p[1] <= before and before - p[1] < 600]
        if prior:
            return _Speaker(s, span, prior[-1][2])
    identified = (
        _IDENTIFIED_AS.match(norm, span.start, min(len(norm), span.end + 80)) if norm else None
    )
    if identified:
        # "a woman who identified herself as the boy's mother": the mother.
        return _Speaker(identified.group("role"), span, None)
    one_of = _ONE_OF.match(s)
    if one_of:
        # "one of the injured staff members": a staff member.
        s = re.sub(r"(?<=[a-z])s$", "", one_of.group("rest"))
    # A named person inside the speaker phrase ("Interior Minister Jane Doe", "X, the mayor,").
    inside = [p for p in person_spans if p[0] >= span.start and p[1] <= span.end]
    if inside:
        return _Speaker(s, span, inside[0][2])
    # "The UN coordinator for X, Jane Roe, said": the name in apposition to the role.
    apposed = _APPOSED_NAME.search(s)
    if apposed and not re.search(_SPEAKER_NOUNS, apposed.group(1), re.I):
        return _Speaker(s, span, canonical_person(apposed.group(1)))
    # An organisation or armed actor speaking ("the Israeli army said", "Hamas said").
    orgs = [o for o in org_spans or [] if o[0] >= span.start and o[1] <= span.end]
    if orgs and not re.search(rf"\b(?:{_PERSON_ROLES})\b", s, re.I):
        return _Speaker(s, span, orgs[0][2])
    if _BARE_BODY.match(s) and org_spans:
        # "the mission said": the organisation named last before.
        named = [o for o in org_spans if o[1] <= span.start and not o[2].startswith("Unident")]
        noun = s.split()[-1].lower()
        fitting = [o for o in named if noun in o[2].lower().split()]
        if noun in ("ministry", "office"):
            named = []  # "the ministry" is never the militia named before it
        if fitting or named:
            return _Speaker(s, span, (fitting or named)[-1][2])
    canon = persons.canonical_for(s)
    if canon:
        return _Speaker(s, span, canon)
    if re.match(r"^[A-Z]", s) and not re.match(r"^(?:The|A|An|One|Another|His|Her|Their|Its)\b", s):
        name = re.sub(r"^[A-Z][\w'.-]+'s\s+", "", s) if "'s " in s else s
        if name == s and len(s.split()) <= 4 and not re.search(_SPEAKER_NOUNS, s, re.I):
            return _Speaker(s, span, canonical_person(s))
        # "Jane Roe, deputy head of the council,": the name before its apposition.
        head = s.split(",", 1)[0].strip()
        if (
            head != s
            and re.fullmatch(r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}", head)
            and not re.search(rf"\b(?:{_SPEAKER_NOUNS})\b", head, re.I)
        ):
            return _Speaker(s, span, canonical_person(head))
    return _Speaker(s, span, None)


def _attribution(
    norm: str,
    q: Quote,
    para: Paragraph,
    persons: PersonIndex,
    person_spans: list[tuple[int, int, str]],
    org_spans: list[tuple[int, int, str]] | None = None,
    sentence_starts: list[int] | None = None,
) -> _Speaker | None:
    after_start = (q.close_mark + 1) if q.close_mark is not None else q.end
    after = norm[after_start : min(para.end, after_start + 160)]
    # Only the attribution up to the next quote or sentence end is relevant.
    after = re.split(r'"', after, maxsplit=1)[0]
    # Nor does it run past the end of a sentence ('"...cell" that was preparing an attack.
    # Relatives said ...'): a lower-case word, a full stop and a capital end one.
    stop = _AFTER_SENTENCE_END.search(after)
    if stop:
        after = after[: stop.end("stop")]
    # '"... made." He did not say who': after a quote that ends its sentence, a capitalised word
    # starts the next sentence, unless it is a pronoun and a verb of saying ('"..." He added').
    new_sentence = norm[q.end - 1 : q.end] in (".", "!", "?") and re.match(r"\s+[A-Z]", after)
    if new_sentence and not re.match(rf"\s+(?:He|She|They|We|It)\s+(?:{_VERBS})\b", after):
        after = ""
    for pattern in (_AFTER_VERB_SPEAKER, _AFTER_SPEAKER_VERB):
        m = pattern.match(after)
        if m:
            sp_start = after_start + m.start("sp")
            sp_end = after_start + m.end("sp")
            return _resolve(
                norm[sp_start:sp_end],
                Span(sp_start, sp_end),
                persons,
                person_spans,
                sp_start,
                org_spans,
                sentence_starts,
                norm,
            )
    # Also the quoted text's own last few chars may hold ", he said" before a closing mark
    # for quotes that run to the end of a paragraph; nothing to do there.
    before_start = max(para.start, q.open_mark - 200)
    before = norm[before_start : q.open_mark]
    before = re.split(r'"', before)[-1]
    offset = q.open_mark - len(before)
    sentence_lo = max([x for x in (sentence_starts or []) if x <= q.open_mark] or [para.start])
    sentence_lo = max(sentence_lo, para.start)
    whole = norm[sentence_lo : q.open_mark]
    for pattern in (_ACCORDING, _BEFORE, _REPORTED, _COLON_NAME):
        m = pattern.search(before)
        if m is None and pattern is _REPORTED and '"' in whole:
            # Earlier quoted words in the sentence ('said she was "deeply alarmed" by the strikes,
            # warning that "..."'): read the sentence with its marks dropped.
            m = pattern.search(whole.replace('"', " "))
            if m:
                before, offset = whole, sentence_lo
        if m:
            # The attribution must start its clause (not be the tail of an earlier clause).
            sp_start = offset + m.start("sp")
            sp_end = offset + m.end("sp")
            return _resolve(
                norm[sp_start:sp_end],
                Span(sp_start, sp_end),
                persons,
                person_spans,
                sp_start,
                org_spans,
                sentence_starts,
                norm,
            )
    # A quote inside a sentence whose subject is a named person: "Sheikh X, one of the leaders,
    # rejected the deal and called on his followers to keep fighting '...'".
    if whole.strip() and not re.search(r'"', whole):
        named = [p for p in person_spans if sentence_lo <= p[0] and p[1] <= q.open_mark]
        if named:
            p0 = named[0]
            return _Speaker(norm[p0[0] : p0[1]], Span(p0[0], p0[1]), p0[2])
        orgs = [o for o in org_spans or [] if sentence_lo <= o[0] and o[1] <= q.open_mark]
        if orgs and orgs[0][0] - sentence_lo < 80:
            o0 = orgs[0]
            return _Speaker(norm[o0[0] : o0[1]], Span(o0[0], o0[1]), o0[2])
    return None


_ROLE_THEN_RELATIVE = re.compile(
    rf"^((?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_PERSON_ROLE_NOUNS})),\s+(?:who|whose)\b.*$",
    re.DOTALL,
)
# A role word makes the speaker a person of the organisation ("a Hamas official"), not it.
_PERSON_ROLES = (
    r"spokes(?:man|woman|person)|official|officials|commander|chief|head|leader|minister|"
    r"member|members|source|sources|officer|soldier|fighter|diplomat|envoy|adviser|advisor|"
    r"director|secretary|president|governor|mayor|analyst|expert|resident|witness|doctor"
)


def _organisation_spans(
    norm: str, ents: list[Entity], armed: list[ActorMention] | None
) -> list[tuple[int, int, str]]:
    """Armed actors and named organisations, with the name a speaker should take."""
    armed = find_armed_actors(norm) if armed is None else armed
    out = [(a.start, a.end, a.name) for a in armed if a.forces]
    known = [(a.start, a.end) for a in armed if a.forces]
    for e in ents:
        if e.label != "ORG":
            continue
        if any(s < e.end and e.start < t for s, t in known):
            continue  # "the RSF said": the armed group's canonical name, not the tagger's span
        name = re.sub(r"^the\s+", "", e.text.strip(), flags=re.IGNORECASE)
        name = re.sub(r"(?:'s|')$", "", name).strip()
        if len(name) >= 2 and name[0].isupper() and "\n" not in name:
            out.append((e.start, e.end, name))
    out.sort()
    return out


def _with_acronym(norm: str, speaker: _Speaker, acronym_map: dict[str, str]) -> _Speaker:
    """An organisation speaking by its acronym takes its full name ("the YBS" -> "Sinjar
    Resistance Units"); one written with its acronym keeps it ("... Mission (AUSSOM) said")."""
    canonical = speaker.canonical
    if canonical in acronym_map:
        canonical = acronym_map[canonical]
    end = acronym_after(norm, speaker.span.end)
    written = speaker.as_written
    if end > speaker.span.end:
        written = norm[speaker.span.start : end]
    if (canonical, written) == (speaker.canonical, speaker.as_written):
        return speaker
    return _Speaker(written, Span(speaker.span.start, end), canonical)


def extract_statements(
    text: str,
    norm: str,
    paras: list[Paragraph],
    persons: PersonIndex,
    ents: list[Entity],
    armed: list[ActorMention] | None = None,
) -> list[ExtractedStatement]:
    """Statements of the article, in text order (``armed``: its armed actor mentions)."""
    by_index = {p.index: p for p in paras}
    person_spans: list[tuple[int, int, str]] = []
    for canon, spans in persons.names.items():
        for sp in spans:
            person_spans.append((sp.start, sp.end, canon))
    person_spans.sort()
    org_spans = _organisation_spans(norm, ents, armed)
    sentence_starts = sorted(
        {p.start for p in paras} | {m.end() for m in _SENTENCE_END.finditer(norm)}
    )
    quotes = find_quotes(norm, paras, text)
    acronym_map = acronyms(norm)
    out: list[ExtractedStatement] = []
    prev: tuple[Quote, _Speaker | None] | None = None
    for q in quotes:
        para = by_index[q.paragraph]
        speaker = _attribution(norm, q, para, persons, person_spans, org_spans, sentence_starts)
        if speaker is not None:
            speaker = _with_acronym(norm, speaker, acronym_map)
        short = _word_count(norm[q.start : q.end]) < MIN_WORDS
        if speaker is None and prev is not None and prev[1] is not None:
            prev_q = prev[0]
            gap = norm[(prev_q.close_mark or prev_q.end) + 1 : q.open_mark]
            same_para = prev_q.paragraph == q.paragraph
            # Split quotes: the continuation follows its attribution closely.
            next_para = (
                q.paragraph == prev_q.paragraph + 1 and norm[para.start : q.open_mark].strip() == ""
            )
            if (same_para and len(gap) < 120) or next_para:
                speaker = prev[1]
        if short:
            # Scare quotes do not break a chain of split quotes.
            continue
        prev = (q, speaker)
        conf = 0.85 if speaker and speaker.canonical else (0.65 if speaker else 0.4)
        out.append(
            ExtractedStatement(
                text=text[q.start : q.end],
                start=q.start,
                end=q.end,
                speaker=speaker.canonical if speaker else None,
                speaker_as_written=speaker.as_written if speaker else None,
                speaker_span=speaker.span if speaker else None,
                confidence=conf,
            )
        )
    return out
