"""Numbers that count something else never become fatalities or injured."""

from ingest.pipeline.numbers import casualty_figures


def values(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in casualty_figures(text)]


def test_displaced_people_are_not_killed():
    assert values("The fighting displaced 45,000 people and killed 23 civilians.") == [
        ("killed", 23)
    ]


def test_troops_deployed_and_distances():
    assert values("In 2019, 1,000 troops were deployed 1000 km from the capital.") == []


def test_years_are_not_counts():
    assert values("Since 2014 the region has seen attacks that killed many.") == []


def test_unit_names_and_street_numbers():
    assert values("Soldiers of Brigade 1000 were killed at the front.") == []
    assert values("The bomb exploded at 14 Hamdan Street, killing two people.") == [("killed", 2)]


def test_money_is_not_people():
    assert values("The family was paid 5,000 dollars after he was killed.") == []


def test_abducted_and_killed_are_kept_apart():
    assert values("Bandits abducted 40 villagers and killed three guards.") == [("killed", 3)]


def test_one_victim_named_by_role():
    assert values("The shell hit a taxi, killing the driver.") == [("killed", 1)]
