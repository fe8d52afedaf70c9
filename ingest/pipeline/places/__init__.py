"""Place gazetteer and place-mention resolution (see ``gazetteer`` and ``mentions``)."""

from __future__ import annotations

from ingest.pipeline.places.demonyms import country_for_demonym
from ingest.pipeline.places.gazetteer import Gazetteer, get_gazetteer
from ingest.pipeline.places.mentions import find_place_mentions, precision_for
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
    "precision_for",
]
