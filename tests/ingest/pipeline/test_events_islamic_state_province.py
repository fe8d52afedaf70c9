"""The Islamic State acting in a country with one IS province is coded as that province (ACLED).

"Islamic State claimed the beheadings" in Mozambique is the Islamic State Mozambique Province;
in Somalia the Somalia Province; in Syria, which has no separate province, it stays the parent.
"""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def test_a_claim_in_mozambique_names_the_province():
    text = (
        "Insurgents beheaded four farmers in the village of Nangade, Mozambique, on Sunday, "
        "local sources said.\n\nIslamic State claimed the attack through its Amaq agency."
    )
    extraction = run(text, TUESDAY)
    assert _perps(extraction.events[0]) == {"Islamic State Mozambique Province"}
    assert "Islamic State Mozambique Province" in {a.name for a in extraction.actors}


def test_islamic_state_in_syria_stays_the_parent_group():
    text = (
        "Islamic State fighters attacked a checkpoint near Raqqa, Syria, on Sunday, killing "
        "three guards, a monitor said."
    )
    assert _perps(run(text, TUESDAY).events[0]) == {"Islamic State"}
