"""A joint operation's lead force is its perpetrator; "did not say who was behind" leaves the
attacker unknown rather than borrowing the group the report names elsewhere."""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def test_police_backed_by_a_foreign_mission_launched_the_operation():
    text = (
        "Gang members of Viv Ansanm attacked the town of Mirebalais, Haiti, on Sunday, "
        "residents said.\n\n"
        "On Monday, police backed by members of a Kenyan-led international security mission "
        "launched an operation against gang members in Gonaives, Haiti, killing two suspected "
        "gang members and seizing weapons, the Haitian National Police said."
    )
    events = {e.city: e for e in run(text, TUESDAY).events}
    assert _perps(events["Gonaives"]) == {"Military Forces of Haiti"}


def test_authorities_not_saying_who_was_behind_a_blast_leaves_it_unknown():
    text = (
        "FARC dissidents attacked a police station in Suarez, Colombia, on Sunday, officials "
        "said.\n\n"
        "On Monday a motorcycle bomb exploded in a market in Caloto, Colombia, injuring five "
        "people. Authorities did not say who was behind the blast."
    )
    events = {e.city: e for e in run(text, TUESDAY).events}
    assert _perps(events["Caloto"]) <= {"Unidentified Armed Group"}
