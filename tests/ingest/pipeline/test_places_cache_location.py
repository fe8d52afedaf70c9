"""The index cache goes to $CONFLICTDB_CACHE_DIR, else the home cache, else a temp dir."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ingest.pipeline.places import index


def test_configured_directory_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTDB_CACHE_DIR", str(tmp_path / "c"))
    assert index.cache_dir() == tmp_path / "c"


def test_unwritable_home_falls_back_to_temp_dir(monkeypatch, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    monkeypatch.delenv("CONFLICTDB_CACHE_DIR", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    monkeypatch.setattr(index.os, "access", lambda path, mode: False)  # root ignores modes
    try:
        assert index.cache_dir().parent == Path(tempfile.gettempdir())
    finally:
        home.chmod(0o700)


def test_missing_home_falls_back_to_temp_dir(monkeypatch):
    def no_home(cls):
        raise RuntimeError("no home directory")

    monkeypatch.delenv("CONFLICTDB_CACHE_DIR", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(no_home))
    assert index.cache_dir().parent == Path(tempfile.gettempdir())
