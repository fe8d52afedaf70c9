"""Political parties on either side of a riot: "supporters of the X League attacked a rally of
the Y Party" makes X the rioters and Y the target; "the offices of the ruling Z Party" were hit.

ACLED names rioters after the party or group they act for when the report names it, and gives a
party whose rally, office or members were attacked as the target.
"""

from __future__ import annotations

import re

_PARTY_NAME = (
    r"(?P<name>(?:[A-Z][\w'-]+\s+){0,4}?(?:Party|League|Congress|Movement|Front|Alliance|"
    r"Union|Forum)(?:\s+(?:of|for)\s+(?:[A-Z][\w'-]+\s*){1,3})?)"
)
_QUALIFIER = r"(?:(?i:the|banned|ruling|former\s+ruling|opposition|governing|outlawed)\s+)*"
_RIOTERS_OF = re.compile(
    r"\b(?i:supporters|activists|members|cadres|workers|loyalists|followers)\s+of\s+"
    + _QUALIFIER
    + _PARTY_NAME
)
_TARGET_OF = re.compile(
    r"\b(?i:rally|rallies|march|meeting|office|offices|headquarters|convoy|procession|"
    r"supporters|leaders|candidates?)\s+of\s+" + _QUALIFIER + _PARTY_NAME
)


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def riot_parties(text: str) -> tuple[str | None, str | None]:
    """(the party the rioters act for, the party attacked) named in an event's sentences."""
    rioters = _RIOTERS_OF.search(text)
    rioter_name = _clean(rioters["name"]) if rioters else None
    target_name = None
    for m in _TARGET_OF.finditer(text):
        name = _clean(m["name"])
        if name != rioter_name and (rioters is None or m.start() != rioters.start()):
            target_name = name
            break
    return rioter_name, target_name
