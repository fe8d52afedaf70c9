""" "The bomber" is a person, not a plane; a recapture does not borrow the lead's bombs."""

from datetime import date

from ingest.pipeline.weapons import find_weapons
from tests.ingest.pipeline.conftest import by_city, run

D = date(2025, 10, 29)


def test_the_bomber_is_not_an_aircraft():
    names = [w.name for w in find_weapons("The blast killed four people, including the bomber.")]
    assert "aircraft" not in names
    assert [w.name for w in find_weapons("Tu-95 bombers took off overnight.")] == ["aircraft"]


def test_a_recapture_told_after_a_bombing_lead_has_no_bombs():
    ex = run(
        "A roadside bomb killed four soldiers near Afgooye on Tuesday, officials said.\n\n"
        "The attack came a day after government forces recaptured the town of Wanlaweyn from "
        "al-Shabaab on Monday.",
        D,
    )
    e = by_city(ex).get("Wanlaweyn")
    assert e is not None and e.sub_event_type == "Government regains territory"
    assert e.weapons == ()
