"""Speakers referred back to by a common noun: "the statement said", "the colonel told reporters".

* "the statement" (or communiqué, release) is whoever issued the statement named just before:
  "X said in a statement ...", "X, in a statement by his spokesman, ...", "a statement from X",
  "X issued a statement".
* "the colonel", "the general", "the governor" is the person last named with that rank or title
  ("Col. Jane Roe ... the colonel said").
"""

from __future__ import annotations

import re

from ingest.pipeline.speaker_patterns import NP, NP_END

_DOCUMENT = r"(?:\w+\s+){0,2}?(?:statement|communiqu[eé]|press\s+release|release|message)"
_ACRONYM = r"(?:\s+\([A-Z][\w-]{1,10}\))?"  # "the Tehrik-i-Taliban Pakistan (TTP) claimed"
_ISSUER = (
    re.compile(
        rf"(?P<sp>{NP_END}){_ACRONYM}\s+(?:(?:later|also|earlier|then)\s+)?(?:said|announced|added|"
        rf"confirmed|wrote|stated|claimed|denied|warned)\s+in\s+an?\s+{_DOCUMENT}\b"
    ),
    re.compile(rf"(?P<sp>{NP_END}),\s+in\s+an?\s+{_DOCUMENT}\b"),
    # "X claimed responsibility (for the attack) in a message posted on Telegram"
    re.compile(
        rf"(?P<sp>{NP_END}){_ACRONYM}\s+(?:later\s+)?claimed\s+(?:responsibility|the\s+attack)"
        rf"(?:\s+for\s+(?:the|it|this)\b[^,.\"]{{0,40}}?)?\s+in\s+an?\s+{_DOCUMENT}\b"
    ),
    # "In a statement read on state television, the ministry said"
    re.compile(
        rf"\b[Ii]n\s+an?\s+{_DOCUMENT}\b[^.\"]{{0,80}}?,\s+(?P<sp>{NP_END})\s+"
        r"(?:said|added|stated|announced|confirmed|claimed|warned)\b"
    ),
    re.compile(
        rf"\b[Aa]n?\s+{_DOCUMENT}\s+(?:from|by|issued\s+by|released\s+by|signed\s+by)\s+"
        rf"(?!(?:his|her|its|their)\b)(?:the\s+)?(?P<sp>{NP_END})"
    ),
    re.compile(
        rf"(?P<sp>{NP})\s+(?:(?:later|also|earlier|then)\s+)?(?:issued|released|published|"
        rf"put\s+out|circulated|sent)\s+an?\s+{_DOCUMENT}\b"
    ),
)
THE_DOCUMENT = re.compile(
    r"^(?:the|a|an|its)?\s*(?:(?:\w+\s+){0,2}?statement|communiqu[eé]|press\s+release|release"
    r"|message)$",
    re.IGNORECASE,
)


def _window_start(norm: str, before: int, paragraphs: int = 2) -> int:
    """The start of the paragraph ``paragraphs - 1`` paragraphs before ``before``'s."""
    lo = before
    for _ in range(paragraphs):
        lo = norm.rfind("\n\n", 0, max(lo - 1, 0))
        if lo < 0:
            return 0
    return lo + 2


def statement_issuer(norm: str, before: int) -> tuple[int, int] | None:
    """The span of the issuer of "the statement", named in this or the previous paragraph."""
    lo = max(_window_start(norm, before), before - 800)
    best: tuple[int, int] | None = None
    for pattern in _ISSUER:
        for m in pattern.finditer(norm, lo, before):
            a, b = m.span("sp")
            if best is None or a > best[0]:
                best = (a, b)
    return best


# Ranks and titles by which a named person is referred back to, with their abbreviations.
_RANKS: dict[str, str] = {
    "colonel": r"Colonel|Col\.?|Lt\.?\s*Col\.?|Lieutenant\s+Colonel",
    "general": r"General|Gen\.?|Maj\.?\s*Gen\.?|Lt\.?\s*Gen\.?|Brig\.?\s*Gen\.?",
    "major": r"Major|Maj\.?",
    "captain": r"Captain|Capt\.?",
    "lieutenant": r"Lieutenant|Lt\.?",
    "sergeant": r"Sergeant|Sgt\.?",
    "brigadier": r"Brigadier|Brig\.?",
    "admiral": r"Admiral|Adm\.?",
    "commander": r"Commander|Cmdr\.?",
    "governor": r"Governor|Gov\.?",
    "mayor": r"Mayor",
    "minister": r"(?:[A-Z][a-z]+\s+)?Minister",
    "senator": r"Senator|Sen\.?",
    "commissioner": r"Commissioner",
}
THE_RANK = re.compile(r"^the\s+(?P<rank>" + "|".join(_RANKS) + r")$", re.IGNORECASE)


def titled_person(
    rank: str, norm: str, before: int, person_spans: list[tuple[int, int, str]]
) -> str | None:
    """The person last named with ``rank`` before ``before`` ("Col. Jane Roe" for "the colonel")."""
    title = re.compile(rf"(?:{_RANKS[rank.lower()]})\s+$", re.IGNORECASE)
    found = None
    for a, b, canon in person_spans:
        if b > before or before - a > 3000:
            continue
        if title.search(norm[max(0, a - 40) : a]):
            found = canon
    return found


# "the Sinjar Resistance Units (YBS)": a name and the acronym it is then written as.
_ACRONYM_DEF = re.compile(
    r"(?P<full>[A-Z][\w'-]*(?:\s+(?:of|for|and|the|in|de|du|des|la|le|al-)?\s*[A-Z][\w'-]*)+)"
    r"\s+\((?P<acr>[A-Z][A-Za-z0-9-]{1,9})\)"
)
_ACRONYM_AFTER = re.compile(
    r"(?:(?:\s+(?:in|for|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
    r"\s*\((?P<acr>[A-Z][A-Za-z0-9-]{1,9})\)|,\s+(?:known|also\s+known)\s+as\s+"
    r"(?P<known>[A-Z][A-Za-z0-9-]{1,11}),)"
)


def acronyms(norm: str) -> dict[str, str]:
    """Acronyms defined in the text, with the full name they stand for."""
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(norm):
        full = re.sub(r"^(?:The|A)\s+", "", m.group("full"))
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        # The acronym must share its first letter with the name (or be a foreign-language one).
        if full.split()[0][0] == m.group("acr")[0] or len(initials) >= 2:
            out.setdefault(m.group("acr"), full)
    return out


def acronym_after(norm: str, end: int) -> int:
    """The end of an acronym written right after a speaker ("... Mission (AUSSOM)"), or ``end``."""
    m = _ACRONYM_AFTER.match(norm, end, min(len(norm), end + 60))
    return m.end("acr") + 1 if m and m.group("acr") else (m.end("known") if m else end)


# A body opening a sentence: "The government's communication service denied ...".
_BODY_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<body>The\s+(?:[\w'’-]+\s+){0,3}?(?:ministry|service|army|"
    r"military|government|agency|office|council|command|police|mission|committee|group|"
    r"movement|authority|authorities|administration|presidency|commission|force|forces|"
    r"organi[sz]ation|alliance|coalition|front|militia|junta|navy|company|embassy))\b"
    r"(?=\s+(?:\w+\s+){0,2}?(?:said|denied|rejected|confirmed|announced|accused|condemned|"
    r"claimed|blamed|insisted|warned|called|issued|dismissed|acknowledged|admitted)\b)"
)


def body_referred_back(
    norm: str, before: int, org_spans: list[tuple[int, int, str]]
) -> tuple[int, int, str | None] | None:
    """ "'...,' it said": the organisation opening the latest sentence before ``before``.

    Returns the span of the subject and its canonical organisation name when one is known.
    """
    lo = max(_window_start(norm, before), before - 500)
    subjects: list[tuple[int, int, str | None]] = []
    for a, b, name in org_spans:
        if lo <= a and b <= before and re.search(r"(?:^|[.!?]\s+|\n)(?:The\s+)?$", norm[lo:a]):
            subjects.append((a, b, name))
    for m in _BODY_SUBJECT.finditer(norm, lo, before):
        subjects.append((m.start("body"), m.end("body"), None))
    if not subjects:
        return None
    return max(subjects, key=lambda x: x[0])
