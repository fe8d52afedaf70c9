"""Place names that are not where an incident happened do not become events."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 8, 6)


def places(text: str) -> set[str | None]:
    return {e.city or e.admin1 for e in run(text, D).events}


def test_a_river_or_front_line_is_not_a_location():
    got = places(
        "Russian artillery shelled Beryslav on the Dnipro river on Tuesday, killing a man. "
        "Fighting continued along the Pokrovsk front."
    )
    assert got == {"Beryslav"}


def test_a_capital_acting_as_attacker_is_not_a_location():
    got = places(
        "Moscow launched a wave of drones at Sumy overnight, wounding four people, as "
        "Moscow's offensive in the north intensified."
    )
    assert "Moscow" not in got
    assert "Sumy" in got


def test_a_total_across_a_region_is_not_an_event_there():
    got = places(
        "Air strikes across the Gaza Strip killed at least 30 people on Tuesday. In Deir al-Balah, "
        "a strike on a house killed nine people."
    )
    assert got == {"Deir al-Balah"}


def test_a_site_named_after_a_faraway_town_stays_in_its_city():
    got = places(
        "Paramilitary shells hit the Naivasha market in El Fasher on Tuesday, killing six people. "
        "The army said it had repelled an assault on El Fasher."
    )
    assert got == {"El Fasher"}


def test_a_distance_reference_joins_the_incident_told_before():
    got = places(
        "A landmine exploded under a minibus near Baidoa on Tuesday, killing five passengers.\n\n"
        "The blast happened on a road about 40 kilometres west of Mogadishu, police said."
    )
    assert got == {"Baidoa"}


def test_an_upper_case_wire_dateline_gives_the_place():
    ex = run(
        "MOGADISHU (Reuters) - A car bomb exploded at a checkpoint on Tuesday, killing six "
        "people, police said.",
        D,
    )
    assert [e.city for e in ex.events] == ["Mogadishu"]


def test_a_sports_report_has_no_events():
    ex = run(
        "LUBBOCK, Texas - Coronado High came from behind on Friday to beat Monterey 31-24. "
        "The visitors' attack dominated the first half, but the Mustangs' defence killed off two "
        "drives and the quarterback shot a pass into the end zone to seal the comeback. The "
        "coach praised a team that remains unbeaten this season.",
        D,
    )
    assert ex.events == ()


def test_a_weapon_named_like_a_town_is_not_a_location():
    got = places(
        "An Iskander missile hit an office block in Kharkiv on Tuesday, killing two people."
    )
    assert got == {"Kharkiv"}
