"""Text helpers shared by the models and the API (no ingestion logic here)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """Lower-case, accent-free, single-spaced form of a name, for identity and lookups."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("’", "'").replace("‘", "'")
    return _SPACE.sub(" ", stripped).strip().casefold()


def content_hash(text: str) -> str:
    """SHA-256 of the text with line endings and surrounding white space normalised."""
    canonical = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def url_hash(url: str) -> str:
    """Stand-in content hash of an article known only by its (normalised) URL, until fetched."""
    return hashlib.sha256(f"url:{url}".encode()).hexdigest()
