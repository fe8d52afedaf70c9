"""ACLED's event taxonomy as plain strings, for the pipeline (no Django here).

events/choices.py holds the same strings as TextChoices; tests/ingest/pipeline/test_taxonomy.py
keeps the two in step. The strings are ACLED's, exactly.
"""

from __future__ import annotations

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC_DEVELOPMENTS = "Strategic developments"
POLITICAL_VIOLENCE_AND_DEMONSTRATIONS = "Political violence; Demonstrations"

BATTLES = "Battles"
PROTESTS = "Protests"
RIOTS = "Riots"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"

# event_type -> its sub-event types, in ACLED's order of precedence (the first wins).
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: (
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
    ),
    PROTESTS: (
        "Excessive force against protesters",
        "Protest with intervention",
        "Peaceful protest",
    ),
    RIOTS: (
        "Violent demonstration",
        "Mob violence",
    ),
    EXPLOSIONS: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    VIOLENCE_AGAINST_CIVILIANS: (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    STRATEGIC_DEVELOPMENTS: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# Event types in ACLED's order of precedence: when one event fits several, the first wins.
EVENT_TYPES: tuple[str, ...] = tuple(SUB_EVENT_TYPES)

DISORDER_TYPES: tuple[str, ...] = (
    POLITICAL_VIOLENCE,
    DEMONSTRATIONS,
    STRATEGIC_DEVELOPMENTS,
    POLITICAL_VIOLENCE_AND_DEMONSTRATIONS,
)

EVENT_TYPE_OF: dict[str, str] = {
    sub: event_type for event_type, subs in SUB_EVENT_TYPES.items() for sub in subs
}


def disorder_type_for(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type for an event and sub-event type."""
    if event_type == PROTESTS:
        if sub_event_type == "Excessive force against protesters":
            return POLITICAL_VIOLENCE_AND_DEMONSTRATIONS
        return DEMONSTRATIONS
    if event_type == RIOTS:
        return DEMONSTRATIONS if sub_event_type == "Violent demonstration" else POLITICAL_VIOLENCE
    if event_type == STRATEGIC_DEVELOPMENTS:
        return STRATEGIC_DEVELOPMENTS
    return POLITICAL_VIOLENCE
