"""More weapon phrasings: mines stepped on, crude and remote bombs, live rounds."""

from ingest.pipeline.weapons import find_weapons


def names(text: str) -> list[str]:
    return [w.name for w in find_weapons(text)]


def test_a_mine_stepped_on_or_hit_is_a_landmine():
    assert names("A shepherd stepped on a mine.") == ["landmine"]
    assert names("The bus hit a mine outside the town.") == ["landmine"]
    assert names("The gold mines employ hundreds.") == []


def test_crude_remote_and_pipe_bombs_are_ieds():
    assert names("Men hurled crude bombs at the office.") == ["IED"]
    assert names("A remote-controlled bomb hit the patrol.") == ["IED"]
    assert names("A pipe bomb was found.") == ["IED"]
    assert names("A bomb blast shook the market.") == ["IED"]


def test_live_rounds_and_shotguns_are_firearms_rubber_bullets_are_not():
    assert names("Police fired live rounds.") == ["firearms"]
    assert names("He carried a shotgun.") == ["firearms"]
    assert names("Police fired rubber bullets.") == []
