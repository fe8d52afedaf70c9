"""Pure-speed changes keep their output: shared whole-text scans and the lean spaCy pipeline."""

from ingest.pipeline.actors import find_armed_actors
from ingest.pipeline.nlp import get_nlp
from ingest.pipeline.weapons import _find_in, find_incendiaries, find_weapons

TEXT = (
    "Rioters threw petrol bombs at police in Belfast on Monday.\n"
    "Russian forces fired Iskander missiles and Shahed drones at Kharkiv, while al-Shabaab "
    "gunmen attacked a base near Mogadishu with a car bomb.\n"
    "A Molotov cocktail was thrown at a shop."
)


def test_cached_weapon_scan_equals_a_fresh_scan():
    fresh = _find_in(TEXT, 0, len(TEXT))
    assert find_weapons(TEXT) == fresh
    assert find_weapons(TEXT) == fresh  # the second call is served from the cache
    names = [w.name for w in fresh]
    assert names == ["Iskander missile", "Shahed drone", "firearms", "car bomb"]


def test_incendiaries_come_from_the_same_scan():
    names = [TEXT[w.start : w.end].lower() for w in find_incendiaries(TEXT)]
    assert names == ["petrol bombs", "molotov cocktail"]
    assert find_incendiaries("Shelling hit Kherson.") == []


def test_group_prefilter_keeps_every_named_group():
    names = {a.name for a in find_armed_actors(TEXT)}
    assert "Military Forces of Russia" in names
    assert any("Shabaab" in n for n in names)
    assert find_armed_actors("A quiet day in the city.") == []


def test_only_the_ner_runs():
    assert get_nlp().pipe_names == ["ner"]
