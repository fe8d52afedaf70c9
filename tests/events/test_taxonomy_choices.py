from events.choices import DisorderType, EventType, SubEventType
from ingest.pipeline import taxonomy


def test_event_types_match_the_pipeline_taxonomy():
    assert set(EventType.values) == set(taxonomy.EVENT_TYPES)


def test_sub_event_types_match_the_pipeline_taxonomy():
    assert set(SubEventType.values) == set(taxonomy.EVENT_TYPE_OF)


def test_disorder_types_match():
    assert set(DisorderType.values) == set(taxonomy.DISORDER_TYPES)


def test_acled_strings_are_exact():
    assert "Explosions/Remote violence" in EventType.values
    assert "Shelling/artillery/missile attack" in SubEventType.values
    assert "Remote explosive/landmine/IED" in SubEventType.values
    assert "Abduction/forced disappearance" in SubEventType.values
    assert taxonomy.disorder_type_for("Protests", "Excessive force against protesters") == (
        "Political violence; Demonstrations"
    )
