"""Above a dateline sits the headline: it sums up the body and adds no figure or actor."""

from __future__ import annotations

from datetime import date

from tests.ingest.pipeline.conftest import run

TEXT = (
    "Air strike kills four fighters near Syria's Deir ez-Zor; bomb kills two soldiers\n\n"
    "BEIRUT, Lebanon, May 14 (Reuters) - An air strike on a pickup truck near the city of "
    "Deir ez-Zor in eastern Syria killed four members of an armed group on Tuesday, a war "
    "monitor said.\n\n"
    "The monitor did not say who carried out the strike."
)


def test_headline_figure_of_another_incident_is_not_counted():
    (event,) = run(TEXT, date(2025, 5, 14)).events
    assert (event.city, event.fatalities) == ("Deir ez-Zor", 4)


def test_long_headline_place_is_not_an_event():
    text = (
        "Gunmen on motorbikes kill seven villagers near Mali's Gao as deadly attacks spread to "
        "the Menaka region\n\n"
        "BAMAKO, Mali, May 14 (Reuters) - Gunmen on motorbikes killed seven villagers near the "
        "town of Gao on Tuesday, a local official said."
    )
    events = run(text, date(2025, 5, 14)).events
    assert [(e.city, e.event_date, e.fatalities) for e in events] == [("Gao", date(2025, 5, 13), 7)]


def test_country_of_the_dateline_is_not_the_attacker():
    (event,) = run(TEXT, date(2025, 5, 14)).events
    perpetrators = [a.name for a in event.actors if a.role == "perpetrator"]
    assert "Military Forces of Lebanon" not in perpetrators


def test_country_after_in_northern_is_a_place_not_an_attacker():
    text = (
        "A drone strike on a car near the town of Qamishli in northern Syria killed two men "
        "on Monday, local officials said."
    )
    (event,) = run(text, date(2025, 5, 14)).events
    perpetrators = [a.name for a in event.actors if a.role == "perpetrator"]
    assert event.city == "Qamishli"
    assert "Military Forces of Syria" not in perpetrators
