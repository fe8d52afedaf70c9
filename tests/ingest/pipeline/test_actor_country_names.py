"""Crowds and civilians are labelled with the country's name, never its ISO code."""

from datetime import date

from ingest.pipeline.actors import civilians_actor, collective_actor, country_of_actor_name
from tests.ingest.pipeline.conftest import run


def test_labels_use_country_names_for_any_country():
    assert civilians_actor("RS") == "Civilians (Serbia)"
    assert collective_actor("Protesters", "RS") == "Protesters (Serbia)"
    assert civilians_actor("SD") == "Civilians (Sudan)"
    assert collective_actor("Rioters", None) == "Rioters"


def test_country_is_read_back_from_a_label():
    assert country_of_actor_name("Protesters (Serbia)") == "RS"
    assert country_of_actor_name("Military Forces of Sudan") == "SD"
    assert country_of_actor_name("Hamas") is None


def test_protest_in_a_country_outside_the_fact_tables_names_the_country():
    ex = run(
        "Thousands of students marched peacefully through Novi Sad on Saturday, demanding "
        "accountability for the collapse of a railway station canopy.",
        date(2025, 3, 2),
    )
    perps = [a.name for e in ex.events for a in e.actors if a.role == "perpetrator"]
    assert perps == ["Protesters (Serbia)"]
