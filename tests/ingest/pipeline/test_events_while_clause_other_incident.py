"""A lead telling two incidents with "while" does not give the first the second's toll."""

from datetime import date

from tests.ingest.pipeline.conftest import by_city, run

D = date(2025, 5, 15)


def test_the_while_clause_keeps_its_drone_and_toll():
    ex = run(
        "OUAGADOUGOU, May 15 (AFP) - Jihadists overran an army post in the east of the country "
        "on Monday, while a military drone strike on a market in the north left at least 18 "
        "people dead, sources said.\n\n"
        "Hundreds of fighters attacked the military detachment in Diapaga at dawn on Monday "
        "and took control of the town after hours of fighting, a security source said.",
        D,
    )
    e = by_city(ex)["Diapaga"]
    assert e.fatalities is None
    assert "drone" not in e.weapons
