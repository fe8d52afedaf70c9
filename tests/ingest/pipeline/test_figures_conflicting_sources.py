"""Sources that disagree: the most conservative credible count wins (ACLED)."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in run(text, date(2025, 6, 10)).events]


def test_government_count_below_a_military_source_wins():
    assert _tolls(
        "Jihadists attacked an army base in Djibo, Burkina Faso, on Monday. A military source "
        "said more than 20 soldiers were killed in the assault.\n"
        "The government said 17 soldiers were killed and 12 others were wounded."
    ) == [17]


def test_minister_toll_below_a_local_official_wins():
    assert _tolls(
        "Gunmen attacked the village of Kouri in western Niger on Sunday, killing more than 40 "
        "people, a local official said.\n"
        "The interior minister put the death toll at 27 in a statement on state television."
    ) == [27]


def test_attackers_claim_yields_to_the_army():
    assert _tolls(
        "Islamic State fighters attacked a military post in Mocimboa da Praia on Sunday. The "
        "group claimed it killed 30 soldiers.\n"
        "The army said four soldiers died in the attack."
    ) == [4]


def test_a_part_of_the_toll_is_not_a_rival_count():
    assert _tolls(
        "Russian missiles struck Kyiv on Tuesday. Officials said at least four people died in "
        "Kyiv.\n"
        "Two people died there in one building, according to the city's mayor."
    ) == [4]
