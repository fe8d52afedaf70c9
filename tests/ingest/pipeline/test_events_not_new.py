"""Background, related headlines, captions, national totals and comparisons are not events."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def test_read_also_headlines_are_not_events():
    text = (
        "Protesters gathered peacefully in Nairobi on Tuesday to demand lower taxes.\n"
        "Read also:\n"
        "Drone strike kills 12 in Mogadishu market\n"
    )
    ex = run(text, date(2025, 6, 24))
    assert [e.city for e in ex.events] == ["Nairobi"]


def test_photo_caption_is_not_an_event():
    text = (
        "Image: Rescuers at the site of a strike in Odesa. Photo by Jane Roe/AFP\n"
        "Officials in Kyiv met European envoys on Wednesday to discuss sanctions."
    )
    assert run(text, date(2025, 6, 25)).events == ()


def test_national_total_is_not_given_to_a_city():
    text = (
        "Russian drones hit Kharkiv on Friday night, injuring four people.\n"
        "Nationwide, the strikes killed at least nine people, the interior ministry said."
    )
    ex = run(text, date(2025, 6, 7))
    (event,) = ex.events
    assert event.city == "Kharkiv"
    assert event.injured == 4
    assert event.fatalities is None


def test_background_attack_from_months_ago_is_not_new():
    text = (
        "Gunmen killed seven farmers near Ouahigouya on Sunday, residents said.\n"
        "In March 2023, jihadists killed 44 civilians in two villages in the same province."
    )
    ex = run(text, date(2025, 5, 13))
    assert len(ex.events) == 1
    assert ex.events[0].fatalities == 7


def test_comparison_clause_is_not_a_figure_or_event():
    text = (
        "A car bomb killed 18 people in Mogadishu on Saturday, the deadliest attack in the city "
        "since October 2022, when 121 people died in twin blasts."
    )
    ex = run(text, date(2025, 2, 15))
    (event,) = ex.events
    assert event.city == "Mogadishu"
    assert event.fatalities == 18


def test_interceptions_without_place_give_no_event():
    text = "Ukraine's air force said it shot down 48 of the 80 drones launched overnight."
    assert run(text, date(2025, 6, 1)).events == ()


def test_interceptions_over_a_named_region_give_disrupted_weapons_use():
    text = (
        "Russia's defence ministry said air defences intercepted 30 Ukrainian drones over the "
        "Belgorod region on Monday."
    )
    ex = run(text, date(2025, 6, 2))
    (event,) = ex.events
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.event_type == "Strategic developments"
