"""Actors: states' forces, armed groups, civilians, persons, organisations; canonical names.

Naming convention (ACLED's, without its date suffixes):
- A state's armed forces and the state acting as a belligerent are one actor named
  ``Military Forces of <Country>`` (kind ``state``). "Russia", "Moscow", "the Kremlin",
  "Russian forces/troops/army" are its aliases, so a matcher on aliases finds it under either.
- Armed groups go by their usual short name ("Hamas", "Rapid Support Forces", "al-Shabaab"),
  with acronyms and other spellings as aliases. Unnamed attackers ("gunmen") are
  ``Unidentified Armed Group``.
- Civilians hit by an event are ``Civilians (<Country>)`` (kind ``civilians``).
- Persons keep their full name as first seen ("Vladimir Putin"); known transliterations
  (Zelenskyy/Zelenskiy/Zelensky) share one canonical spelling, and surname-only mentions join
  the full name seen elsewhere in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.pipeline.actor_tables import (
    ARMED_GROUPS,
    CAPITALS,
    COUNTRY_ALIASES,
    COUNTRY_NAMES,
    DEMONYMS,
    PERSON_VARIANTS,
    TITLES,
)
from ingest.pipeline.nlp import Entity
from ingest.pipeline.types import ExtractedActor, Span


def country_label(code: str) -> str:
    """The short English name of a country code ("RS" -> "Serbia"), never the code itself."""
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    try:
        from ingest.pipeline.places import get_gazetteer

        place = get_gazetteer().country(code)
    except Exception:
        place = None
    if place is not None and place.name:
        return str(place.name)
    try:
        import pycountry

        found = pycountry.countries.get(alpha_2=code.upper())
    except Exception:
        found = None
    if found is not None:
        return str(getattr(found, "common_name", None) or found.name)
    return code


def country_of_actor_name(name: str) -> str | None:
    """The country code in "Civilians (Serbia)" or "Military Forces of Sudan", if any."""
    m = re.fullmatch(r"(?:.+\((?P<a>[^()]+)\)|Military Forces of (?P<b>.+))", name)
    if not m:
        return None
    label = m["a"] or m["b"]
    for code, cname in COUNTRY_NAMES.items():
        if cname == label:
            return code
    try:
        from ingest.pipeline.places import get_gazetteer

        place = get_gazetteer().country(label)
    except Exception:
        return None
    return place.country if place is not None else None


def state_actor(country: str) -> str:
    return f"Military Forces of {country_label(country)}"


def civilians_actor(country: str | None) -> str:
    return f"Civilians ({country_label(country)})" if country else "Civilians"


def collective_actor(label: str, country: str | None) -> str:
    """ "Protesters (Serbia)", "Rioters (Bangladesh)": a crowd named by the country it is in."""
    return f"{label} ({country_label(country)})" if country else label


@dataclass(frozen=True)
class ActorMention:
    name: str  # canonical
    kind: str
    country: str | None
    start: int
    end: int
    surface: str
    forces: bool = False  # the mention names fighters ("Russian forces", "Hamas", "gunmen")


_GROUP_PATTERNS: list[tuple[str, str | None, re.Pattern[str]]] = [
    (name, country, re.compile(r"\b(?:" + "|".join(aliases) + r")\b", flags))
    for name, country, aliases, flags in ARMED_GROUPS
]
# The same alternations without the leading word boundary: a cheap test (the regex engine can skip
# ahead on the first character) that rules a group out of a text before the exact scan.
_GROUP_PREFILTERS: list[re.Pattern[str]] = [
    re.compile(r"(?:" + "|".join(aliases) + r")", flags) for _, _, aliases, flags in ARMED_GROUPS
]
_FORCES = (
    r"forces|troops|army|military|soldiers|servicemen|navy|air\s+force|armed\s+forces|"
    r"warplanes|jets|aircraft|drones?|missiles?|strikes?|airstrikes?|air\s+strikes?|shelling|"
    r"artillery|attacks?|bombardment|fire|units|fighters|defen[cs]e\s+forces|military's|"
    r"offensive|raids?|rockets?|shells?|tanks|police|security\s+forces|border\s+guards|"
    r"gunboats|warships|operation|bombing"
)
_DEMONYM_RE = re.compile(
    r"\b(?P<dem>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")(?:'s)?\s+"
    r"(?:(?:state|government|regime|national|regular|occupation|occupying|military|armed|"
    r"special|elite|ground|naval|air|pro-government|backed|federal|ballistic|cruise|hypersonic|"
    r"guided|glide|attack|kamikaze|long-range|short-range|combat|fighter|war|artillery|"
    r"rocket|tank|drone|missile|infantry|border|security|riot)\s+){0,2}(?P<noun>" + _FORCES + r")\b"
)
_COUNTRY_RE = re.compile(
    r"\b(?P<name>"
    + "|".join(
        sorted(
            [re.escape(n) for n in list(COUNTRY_NAMES.values()) + list(COUNTRY_ALIASES)]
            + ["the Kremlin", "Kremlin", "Pentagon"],
            key=len,
            reverse=True,
        )
    )
    + r")(?P<poss>'s?)?(?:\s+(?P<noun>"
    + _FORCES
    + r"))?\b"
)
# Capitals stand for governments only before a forces noun or an attack verb ("Moscow launched").
_CAPITAL_RE = re.compile(
    r"\b(?P<name>" + "|".join(sorted(CAPITALS, key=len, reverse=True)) + r")(?:'s)?\s+"
    r"(?P<noun>" + _FORCES + r"|launched|fired|struck|attacked|hit|bombed|targeted|shelled|"
    r"pounded|unleashed|carried\s+out)\b"
)
_NAME_TO_CODE = {v: k for k, v in COUNTRY_NAMES.items()}
_NAME_TO_CODE.update(COUNTRY_ALIASES)
_NAME_TO_CODE.update({"the Kremlin": "RU", "Kremlin": "RU", "Pentagon": "US"})


# "the Zintan Brigade, an armed group": a group the text itself describes as armed.
_DESCRIBED_GROUP = re.compile(
    r"\b(?P<name>[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?|al-|for\s+(?:the\s+)?)?[A-Z][\w'-]*){0,5})"
    r"(?:\s+\([A-Z]{2,8}\))?\s*,\s+(?:an?\s+|the\s+)(?:(?:local|armed|rebel|militant|jihadist|"
    r"insurgent|paramilitary|separatist|tribal|Islamist|self-defen[cs]e|ethnic|powerful|"
    r"government-aligned|pro-government|breakaway)\s+)+(?:group|faction|militia|movement|"
    r"organi[sz]ation|outfit|coalition)\b|"
    r"\b(?P<name2>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5})\s*,\s+an?\s+(?:\w+\s+)?militia\b"
)
_NOT_GROUP_NAME = re.compile(r"^(?:The|A|An|In|On|At|But|And|Its|Their|His|Her)$")


def _described_groups(chunk: str, offset: int) -> list[ActorMention]:
    names: list[str] = []
    for m in _DESCRIBED_GROUP.finditer(chunk):
        words = (m["name"] or m["name2"]).split()
        while words and _NOT_GROUP_NAME.match(words[0]):
            words.pop(0)
        name = " ".join(words)
        if len(name) < 3 or name in _NAME_TO_CODE or name in DEMONYMS or name in names:
            continue
        names.append(name)
    out = []
    for name in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", chunk):
            out.append(
                ActorMention(
                    name, "armed_group", None, offset + m.start(), offset + m.end(), name, True
                )
            )
    return out


def find_armed_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
    """States' forces, armed groups and unnamed gunmen mentioned in ``text[start:end]``."""
    end = len(text) if end is None else end
    out: list[ActorMention] = []
    chunk = text[start:end]
    for (name, country, pattern), quick in zip(_GROUP_PATTERNS, _GROUP_PREFILTERS, strict=True):
        if not quick.search(chunk):
            continue
        for m in pattern.finditer(chunk):
            kind = (
                "state" if name.startswith(("Military Forces", "Sudanese Armed")) else "armed_group"
            )
            if name == "Unidentified Armed Group":
                kind = "armed_group"
            out.append(
                ActorMention(
                    name, kind, country, start + m.start(), start + m.end(), m.group(0), True
                )
            )
    for m in _DEMONYM_RE.finditer(chunk):
        code = DEMONYMS[m["dem"]]
        out.append(
            ActorMention(
                state_actor(code),
                "state",
                code,
                start + m.start(),
                start + m.end(),
                m.group(0),
                True,
            )
        )
    for m in _COUNTRY_RE.finditer(chunk):
        code = _NAME_TO_CODE.get(m["name"])
        if code:
            out.append(
                ActorMention(
                    state_actor(code),
                    "state",
                    code,
                    start + m.start(),
                    start + m.end(),
                    m["name"],
                    bool(m["noun"]),
                )
            )
    for m in _CAPITAL_RE.finditer(chunk):
        code = CAPITALS[m["name"]]
        out.append(
            ActorMention(
                state_actor(code),
                "state",
                code,
                start + m.start(),
                start + m.start() + len(m["name"]),
                m["name"],
                True,
            )
        )
    out.extend(_described_groups(chunk, start))
    out.sort(key=lambda a: (a.start, -a.end))
    dedup: list[ActorMention] = []
    for a in out:
        if dedup and a.start < dedup[-1].end:
            continue
        dedup.append(a)
    return dedup


_TITLE_RE = re.compile(
    r"(?:\b(?P<title>(?:"
    + "|".join(TITLES)
    + r")(?:\s+(?:of|for)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?)"
    r"\s+)$",
    re.IGNORECASE,
)


def canonical_person(name: str) -> str:
    """One spelling for known transliteration variants; whitespace and possessives trimmed."""
    n = re.sub(r"\s+", " ", name.strip())
    n = re.sub(r"(?:'s|')$", "", n).strip()
    key = n.lower()
    for canon, variants in PERSON_VARIANTS.items():
        if key in variants or key == canon.lower():
            return canon
    return n


def _surname_key(name: str) -> str:
    canon = canonical_person(name)
    return canon.split()[-1].lower() if canon else ""


@dataclass
class PersonIndex:
    """Person mentions of one article, merged into canonical names."""

    names: dict[str, list[Span]] = field(default_factory=dict)  # canonical -> spans
    aliases: dict[str, set[str]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    def canonical_for(self, surface: str) -> str | None:
        canon = canonical_person(surface)
        if canon in self.names:
            return canon
        last = _surname_key(surface)
        matches = [n for n in self.names if n.split()[-1].lower() == last]
        if len(matches) == 1:
            return matches[0]
        return None


_BAD_PERSON = re.compile(
    r"^(?:the\s|a\s|an\s)|\d|@|https?:|[\"“”]|^(?:Moscow|Kremlin|Kyiv|Hamas|God|Allah|Shahed|"
    r"Kinzhal|Iskander|Grad|Twitter|Telegram|Facebook|X|Reuters|AFP|AP|Image|Photo)$",
    re.IGNORECASE,
)


# "Brigadier", "General": a rank on its own is nobody's name.
_TITLE_ONLY = re.compile(r"^(?:(?:" + "|".join(TITLES) + r")\.?\s*)+$", re.IGNORECASE)


_BODY_WORD = re.compile(
    r"\b(?:Brigades?|Battalions?|Forces|Front|Army|Movement|Council|Committee|Party|Ministry|"
    r"Militia|Regiment|Division|Corps|Group|Union|Alliance|Coalition|Organi[sz]ation|Agency|"
    r"Mission|Office|Command|Authority|University|Hospital|Church|Mosque|District|Province|"
    r"Region|Oblast|Street|Square|Camp)$"
)


_COLLECTIVE_AFTER = re.compile(
    r"\s+(?:community|communities|people|peoples|groups?|militants?|tribes?|tribesmen|clans?|"
    r"men|women|villagers|residents|youths?|majority|minority|militias?|fighters|insurgents|"
    r"families|settlers|herders|farmers)\b"
)


def _collective(text: str, surface: str) -> bool:
    """An ethnic or social group written like a name ("Meitei militants", "the Kuki community")."""
    # A plain scan for the surface, then one precompiled pattern after it: a pattern built per
    # name missed re's cache on every article.
    if not surface:
        return False
    i = text.find(surface)
    while i >= 0:
        before_ok = i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")
        if before_ok and _COLLECTIVE_AFTER.match(text, i + len(surface)):
            return True
        i = text.find(surface, i + 1)
    return False


def _complete_name(text: str, e: Entity) -> Entity:
    """A name the tagger cut short: initials ("N. Biren Singh"), a hyphenated first name."""
    if e.label != "PERSON":
        return e
    before = text[max(0, e.start - 30) : e.start]
    m = re.search(r"(?<![\w.])(?:[A-Z]\.\s*){1,3}$|(?<![\w-])[A-Z][a-zà-ÿ]+-$", before)
    if not m:
        return e
    start = e.start - (len(before) - m.start())
    return Entity(start, e.end, e.label, text[start : e.end])


def _surname_words(name: str) -> list[str]:
    """Words a short mention may use for ``name``: its last, and the middle of a long name
    ("Atonfack" for "Cyrille Serge Atonfack Guemo", double surnames)."""
    words = name.lower().split()
    return [words[-1]] + [w for w in words[1:-1] if len(w) >= 4 and len(words) >= 3]


def build_person_index(
    text: str, ents: list[Entity], exclude: list[tuple[int, int]] | None = None
) -> PersonIndex:
    """Canonical persons from PERSON entities; short forms join the longest matching full name."""
    index = PersonIndex()
    exclude = exclude or []
    known_names = {v for vs in PERSON_VARIANTS.values() for v in vs}
    people = [
        e
        for e in ents
        if (
            e.label == "PERSON"
            or (e.label in ("ORG", "GPE", "NORP") and e.text.strip().lower() in known_names)
        )
        and not _BAD_PERSON.search(e.text.strip())
    ]
    cleaned: list[tuple[Entity, str]] = []
    for e in people:
        e = _complete_name(text, e)
        surface = re.sub(r"(?:'s|’s|')$", "", e.text.strip()).strip()
        # "Sharif. Two": the tagger ran a name into the next sentence.
        cut = re.search(r"\b([A-Z][a-z]{2,})\.\s+\S", surface)
        if cut and not _TITLE_ONLY.match(cut[1] + "."):
            surface = surface[: cut.end(1)]
            e = Entity(e.start, e.start + len(surface), e.label, surface)
        if not surface or not surface[0].isupper() or len(surface) < 3:
            continue
        if surface in ARMED_NAMES or surface in CAPITALS or surface in _NAME_TO_CODE:
            continue
        if surface in DEMONYMS or _TITLE_ONLY.match(surface) or _collective(text, surface):
            continue
        if _BODY_WORD.search(surface):
            continue  # "Zintan Brigade", "Popular Mobilisation Forces": a group, not a person
        cleaned.append((e, surface))
    full = sorted(
        {canonical_person(s) for _, s in cleaned if len(s.split()) >= 2},
        key=lambda n: (-len(n.split()), n),
    )
    known = {v for vs in PERSON_VARIANTS.values() for v in vs}
    for e, surface in cleaned:
        if any(a <= e.start and e.end <= b for a, b in exclude):
            continue
        canon = canonical_person(surface)
        if (
            len(surface.split()) == 1
            and surface.lower() not in known
            and not any(surface.lower() in _surname_words(n) for n in full)
            and not _TITLE_RE.search(text[max(0, e.start - 60) : e.start])
        ):
            continue  # a lone capitalised word is too often not a person
        if len(surface.split()) == 1:
            last = _surname_key(surface)
            matches = [n for n in full if n.split()[-1].lower() == last] or [
                n for n in full if last in _surname_words(n)
            ]
            if len(matches) == 1:
                canon = matches[0]
            elif canon == surface:
                # A known leader's short name ("Zelensky") still gets its full canonical form.
                canon = canonical_person(surface)
        index.names.setdefault(canon, []).append(Span(e.start, e.end))
        index.aliases.setdefault(canon, set())
        if surface != canon:
            index.aliases[canon].add(surface)
        title = _TITLE_RE.search(text[max(0, e.start - 60) : e.start])
        if title and canon not in index.titles:
            index.titles[canon] = re.sub(r"\s+", " ", title["title"])
    # The tagger misses some surname-only mentions ("Sharif said"); find them by the surname.
    for canon in list(index.names):
        parts = canon.split()
        if len(parts) < 2 or len(parts[-1]) < 3:
            continue
        covered = index.names[canon]
        for m in re.finditer(r"\b" + re.escape(parts[-1]) + r"\b", text):
            if any(
                sp.start <= m.start() < sp.end for spans in index.names.values() for sp in spans
            ):
                continue
            if any(a < m.end() and m.start() < b for a, b in exclude):
                continue
            covered.append(Span(m.start(), m.end()))
        covered.sort(key=lambda sp: sp.start)
    return index


ARMED_NAMES = {name for name, _, _, _ in ARMED_GROUPS}

_GOV_BODY = re.compile(
    r"\b(?:ministry|ministries|council|parliament|government|administration|office|"
    r"department|agency|service|police|army|commission|presidency|cabinet|court|senate|"
    r"congress|white\s+house|kremlin|pentagon|authority|authorities|municipality|command)\b",
    re.IGNORECASE,
)
_NEWS = re.compile(
    r"^(?:reuters|afp|ap|associated press|agence france-presse|bbc|cnn|al jazeera|"
    r"the new york times|the guardian|telegram|twitter|facebook|x|tass|ria novosti|interfax|"
    r"ukrinform|ukrainska pravda|kyiv independent|times of israel|image|photo|getty images)$",
    re.IGNORECASE,
)


def organisation_actors(
    ents: list[Entity], persons: PersonIndex, exclude: list[tuple[int, int]] | None = None
) -> list[ExtractedActor]:
    """Organisations and government bodies from ORG entities (news outlets left out)."""
    seen: dict[str, list[Span]] = {}
    exclude = exclude or []
    known = {v for vs in PERSON_VARIANTS.values() for v in vs}
    for e in ents:
        if e.label != "ORG" or any(a < e.end and e.start < b for a, b in exclude):
            continue
        if e.text.strip().lower() in known or persons.canonical_for(e.text.strip()):
            continue
        name = re.sub(r"^the\s+", "", e.text.strip(), flags=re.IGNORECASE)
        name = re.sub(r"(?:'s|')$", "", name).strip()
        if len(name) < 2 or _NEWS.match(name) or not name[0].isupper() or "\n" in name:
            continue
        if name in ARMED_NAMES or any(p.fullmatch(name) for _, _, p in _GROUP_PATTERNS):
            continue
        seen.setdefault(name, []).append(Span(e.start, e.end))
    out = []
    for name, spans in seen.items():
        kind = "government_body" if _GOV_BODY.search(name) else "organisation"
        out.append(ExtractedActor(name, kind, None, (), tuple(spans), 0.5))
    return out
