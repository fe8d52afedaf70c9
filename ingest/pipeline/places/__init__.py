"""Place gazetteer and place-mention resolution (see ``gazetteer`` and ``mentions``).

``find_place_mentions(text)`` returns every place named in a document, resolved with what the
whole document says (countries, demonyms such as "Somali" or "Somali-led", regions named in it,
large cities), so callers should pass whole documents rather than single sentences.

Each ``PlaceMention`` carries a ``role``: ``"place"`` for an ordinary mention, or how a place
name is used when it is not a settlement: ``"river"`` ("the Dnipro river", "the Dnipro near
Kherson"), ``"front"`` ("the Zaporizhzhia front", "sector"), ``"direction"`` ("the Pokrovsk
direction", "axis"). ``is_non_settlement_use(mention, text)`` is true for those; event builders
should not turn such mentions into event locations (they still tell which country a text is
about).

Role ``"title"`` marks a place that only qualifies an official's title ("Belgorod governor
Vyacheslav Gladkov said", "Kharkiv officials", "the Kursk mayor"); ``is_title_use(mention)`` is
true for it. Such a mention is a settlement, but it says who spoke, not where anything happened:
event builders should not create an event from it alone.

The index is built from GeoNames data on first use and cached under ``$CONFLICTDB_CACHE_DIR``,
else ``~/.cache/conflictdb``, else a ``conflictdb-<uid>`` directory in the system temp dir.
"""

from __future__ import annotations

from ingest.pipeline.places.demonyms import country_for_demonym
from ingest.pipeline.places.gazetteer import Gazetteer, get_gazetteer
from ingest.pipeline.places.mentions import (
    find_place_mentions,
    is_non_settlement_use,
    is_title_use,
    precision_for,
)
from ingest.pipeline.places.model import PLACE_KINDS, Place, PlaceMention
from ingest.pipeline.places.normalize import fold

__all__ = [
    "PLACE_KINDS",
    "Gazetteer",
    "Place",
    "PlaceMention",
    "country_for_demonym",
    "find_place_mentions",
    "fold",
    "get_gazetteer",
    "is_non_settlement_use",
    "is_title_use",
    "precision_for",
]
