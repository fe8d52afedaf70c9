"""Actors of one article are found or created together, as one at a time would, in few queries."""

import pytest

from events import services
from events.models import Actor
from events.services import ActorSpec

pytestmark = pytest.mark.django_db


def test_known_actors_are_found_in_one_query(django_assert_num_queries):
    russia = Actor.objects.create(name="Russia", kind="state", country="RU", aliases=["Moscow"])
    zelenskyy = Actor.objects.create(
        name="Volodymyr Zelenskyy", kind="person", aliases=["Zelensky"]
    )
    with django_assert_num_queries(1):
        found = services.upsert_actors(
            [ActorSpec("Russia", "state", "RU"), ActorSpec("Zelensky", "person")]
        )
    assert found == {"Russia": russia, "Zelensky": zelenskyy}


def test_new_actors_are_created_in_two_more_queries(django_assert_num_queries):
    with django_assert_num_queries(3):  # find, insert the new ones, read them back
        found = services.upsert_actors(
            [ActorSpec(f"Group {n}", "armed_group", "SD", (f"G{n}",)) for n in range(5)]
        )
    assert sorted(a.name for a in found.values()) == [f"Group {n}" for n in range(5)]
    assert all(a.pk and a.normalised_aliases == [f"g{n}"] for n, a in enumerate(found.values()))


def test_a_name_an_earlier_actor_brought_as_alias_finds_that_actor():
    found = services.upsert_actors(
        [ActorSpec("Russia", "state", "RU", ("Moscow",)), ActorSpec("Moscow", "state")]
    )
    assert found["Moscow"] == found["Russia"]
    assert Actor.objects.count() == 1


def test_new_aliases_and_a_missing_country_are_added_once():
    Actor.objects.create(name="Rapid Support Forces", kind="armed_group")
    services.upsert_actors(
        [
            ActorSpec("Rapid Support Forces", "armed_group", "SD", ("RSF",)),
            ActorSpec("Rapid Support Forces", "armed_group", "", ("Janjaweed",)),
        ]
    )
    actor = Actor.objects.get()
    assert (actor.country, actor.aliases) == ("SD", ["Janjaweed", "RSF"])
    assert actor.normalised_aliases == ["janjaweed", "rsf"]
    assert actor.history.count() == 2  # created, then saved once for both specs


def test_same_name_of_another_kind_is_another_actor():
    found = services.upsert_actors(
        [ActorSpec("Wagner", "armed_group"), ActorSpec("Wagner", "person")]
    )
    assert Actor.objects.count() == 2
    assert found["Wagner"].kind == "person"  # by name, the last one wins


def test_a_row_another_worker_created_first_gets_the_new_names(monkeypatch):
    winner = Actor.objects.create(name="Hamas", kind="armed_group")
    # As if the row was committed between this worker's lookup and its insert.
    monkeypatch.setattr(services, "_find_actor", lambda actors, kind, normalised: None)
    found = services.upsert_actors(
        [ActorSpec("Hamas", "armed_group", "PS", ("Harakat al-Muqawama",))]
    )
    winner.refresh_from_db()
    assert found["Hamas"] == winner
    assert Actor.objects.count() == 1
    assert (winner.country, winner.aliases) == ("PS", ["Harakat al-Muqawama"])
