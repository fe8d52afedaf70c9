"""Name keys: how surface strings are folded before they meet the index."""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD cannot take apart, and the many apostrophe-like marks transliterations use.
_TRANSLATE = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "ŧ": "t",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "ʻ": "'",
        "`": "'",
        "´": "'",
        "ʿ": "'",
        "ʾ": "'",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
# Latin script (with its extensions) plus the punctuation place names carry.
_LATIN = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff'’‘ʼʻʿʾ`´\-\.,()&]+$")

# Arabic article spellings that transliterations swap freely ("El Fasher", "Al Fashir").
ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "er", "es", "ez"}
)


def fold(name: str) -> str:
    """Lower-case ASCII key: diacritics, apostrophes and punctuation removed, spaces collapsed."""
    if name.isascii():
        text = name.lower()
        if text.isalpha():  # most names: one plain word, nothing to clean
            return text
        text = text.replace("'", "").replace("`", "")
    else:
        text = unicodedata.normalize("NFKD", name.translate(_TRANSLATE))
        text = text.encode("ascii", "ignore").decode("ascii").lower().replace("'", "")
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def ascii_name(name: str) -> str:
    """A display name without diacritics ("Khān Yūnis" -> "Khan Yunis"); other scripts kept."""
    if name.isascii() or not is_latin(name):
        return name
    text = unicodedata.normalize("NFKD", name.translate(_TRANSLATE))
    return text.encode("ascii", "ignore").decode("ascii").replace("`", "'")


def is_latin(name: str) -> bool:
    return bool(_LATIN.match(name))


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")


def _skeleton_token(token: str) -> str:
    cached = _SKELETON_TOKENS.get(token)
    if cached is None:
        cached = _SKELETON_TOKENS[token] = _skeleton_token_uncached(token)
    return cached


# Tokens repeat across the million name keys ("al", "novo", "kampung"); bounded by vocabulary.
_SKELETON_TOKENS: dict[str, str] = {}


def clear_caches() -> None:
    """Drop the per-token memo a bulk build filled."""
    _SKELETON_TOKENS.clear()


def _skeleton_token_uncached(token: str) -> str:
    if token in ARTICLES:
        return "l"
    token = token.replace("ph", "f").replace("q", "k").replace("ck", "k").replace("dh", "d")
    return _DOUBLES.sub(r"\1", token[0] + _VOWELS.sub("", token[1:]))


def skeleton(key: str) -> str:
    """Consonant skeleton of a folded key, for transliteration variants (Yunis/Younis, Kharkov).

    Returns "" when the key is too short for a skeleton to mean anything.
    """
    tokens = key.split()
    if not tokens or len(key) - len(tokens) + 1 < 5:
        return ""
    skel = " ".join(map(_skeleton_token, tokens))
    return skel if len(skel.replace(" ", "")) >= 4 else ""


# Masculine adjectival endings of Slavic place names as outlets transliterate them
# ("Sviatoshynskyi", "Svyatoshynsky", "Svyatoshynyi", "Dniprovskiy", "Khmelnitskij").
_SLAVIC_ADJECTIVE = re.compile(r"(?:s?k(?:yi|yy|iy|ii|ij|y|i|oi|oy)|yi|iy|yy|ij)$")


def slavic_stem(key: str) -> str:
    """Key with Slavic adjectival endings dropped and y/i merged, or "" if none was dropped.

    Both "Svyatoshynyi" and "Sviatoshynskyi" become "sviatoshin"; a name without such an
    ending gets no stem, so the stem index stays small and only joins adjectival forms.
    """
    tokens = key.split()
    if not any(len(t) >= 7 and t[-1] in "iyj" for t in tokens):
        return ""
    out = []
    changed = False
    for token in tokens:
        if len(token) >= 7:
            stripped = _SLAVIC_ADJECTIVE.sub("", token)
            if len(stripped) >= 4 and stripped != token:
                token, changed = stripped, True
        out.append(_DOUBLES.sub(r"\1", token.replace("y", "i").replace("j", "i")))
    return " ".join(out) if changed else ""
