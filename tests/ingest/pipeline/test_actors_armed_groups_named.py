import pytest

from ingest.pipeline.actors import find_armed_actors


def _names(text: str) -> list[str]:
    return [a.name for a in find_armed_actors(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Los Choneros gunmen opened fire in Guayaquil.", "Los Choneros"),
        ("Clashes broke out between the 444 Brigade and rival units.", "444 Brigade"),
        ("Members of the Imbonerakure beat two men.", "Imbonerakure"),
        ("Arambai Tenggol volunteers blocked the highway.", "Arambai Tenggol"),
        ("Kuki militants fired at a police post.", "Kuki militants"),
        ("Jewish settlers torched olive groves.", "Settlers (Israel)"),
        ("The Azande Ani Kpi Gbe militia raided the camp.", "Azande Ani Kpi Gbe"),
        ("Amba Boys kidnapped a teacher.", "Ambazonian Separatists"),
        ("SPLA-IO forces overran the garrison.", "SPLA-IO"),
        (
            "Islamic State Mozambique Province claimed the raid.",
            "Islamic State Mozambique Province",
        ),
        ("The KIA shot down a junta helicopter.", "Kachin Independence Army"),
        ("CJNG gunmen ambushed the convoy.", "Jalisco New Generation Cartel"),
        ("Saraya al-Quds said it fired rockets.", "Palestinian Islamic Jihad"),
    ],
)
def test_armed_group_is_recognised(text: str, name: str):
    assert name in _names(text)


def test_named_group_beats_the_islamic_state_descriptor():
    text = "Troops killed six members of the pro-Islamic State group Dawlah Islamiyah."
    assert _names(text) == ["Dawlah Islamiyah"]


def test_islamic_state_alone_is_still_islamic_state():
    assert _names("Islamic State claimed the bombing.") == ["Islamic State"]


def test_adf_is_the_congolese_rebel_group_only_in_its_context():
    assert _names("ADF rebels killed nine villagers overnight.") == ["Allied Democratic Forces"]
    assert _names("The ADF sent a frigate to the Pacific exercise.") == []


def test_cpc_is_not_the_chinese_communist_party():
    assert _names("The CPC Central Committee met in Beijing.") == []
