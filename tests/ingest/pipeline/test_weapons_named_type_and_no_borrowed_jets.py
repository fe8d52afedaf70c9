"""A named type in a digest lead refines a generic one later; a battle does not borrow jets."""

from datetime import date

from tests.ingest.pipeline.conftest import by_city, run

D = date(2025, 10, 16)


def test_the_lead_names_the_drone_type_the_paragraph_calls_drones():
    ex = run(
        "Russian forces attacked Sumy with Shahed-type drones overnight, killing one person, "
        "while glide bombs struck Kostiantynivka, officials said.\n\n"
        "In Sumy, drones hit a residential block and a school.",
        D,
    )
    assert by_city(ex)["Sumy"].weapons == ("Shahed drone",)


def test_fighting_for_a_second_town_does_not_get_the_jets_of_the_first():
    ex = run(
        "Junta jets bombed the town of Lashio late on Wednesday, killing six civilians, as "
        "fighting raged on Thursday for the nearby town of Kutkai, residents said.",
        D,
    )
    events = by_city(ex)
    assert events["Lashio"].weapons == ("aircraft",)
    assert "Kutkai" not in events or events["Kutkai"].weapons == ()
