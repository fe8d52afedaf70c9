"""A foreign state's strike on a belligerent state's ground that hit nobody else targets that
state ("Ukrainian drones struck an oil depot in Russia's Kursk region" -> target Russia)."""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _targets(event):
    return {a.name for a in event.actors if a.role == "target"}


def test_drones_on_a_depot_in_the_enemy_state_target_that_state():
    text = (
        "Ukrainian drones struck an oil depot in Russia's Kursk region overnight, causing a "
        "large fire, the regional governor said on Monday. Russian air defences shot down "
        "20 drones over several regions, the defence ministry said."
    )
    event = next(e for e in run(text, TUESDAY).events if e.admin1 and "Kursk" in e.admin1)
    assert "Military Forces of Russia" in _targets(event)


def test_civilians_hit_stay_the_target():
    text = (
        "A Ukrainian drone struck a car near Belgorod, Russia, on Monday, killing two "
        "civilians, the governor said. Russian forces shot down 12 drones, officials said."
    )
    event = run(text, TUESDAY).events[0]
    assert _targets(event) == {"Civilians (Russia)"}
