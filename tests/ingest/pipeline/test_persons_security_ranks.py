"""Ranks of armies and police forces (South Asian ones included) are titles, not names."""

from ingest.pipeline.actor_tables import TITLES
from ingest.pipeline.actors import _TITLE_ONLY, _TITLE_RE


def test_ranks_alone_are_nobodys_name():
    for rank in ("Major", "Havildar", "Inspector-General", "Sub-Inspector", "SHO", "Brigadier"):
        assert _TITLE_ONLY.match(rank), rank


def test_a_rank_before_a_surname_is_its_title():
    m = _TITLE_RE.search("said Superintendent of Police ")
    assert m is not None and m["title"] == "Superintendent of Police"
    m = _TITLE_RE.search("killed Head Constable ")
    assert m is not None and m["title"] == "Head Constable"


def test_longer_ranks_come_first():
    assert TITLES.index(r"Major[\s-]+General") < TITLES.index(r"Major")
