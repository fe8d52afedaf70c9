"""Widely known armed groups and named state units are recognised under their usual aliases."""

from ingest.pipeline.actors import find_armed_actors


def _names(text: str) -> list[str]:
    return [a.name for a in find_armed_actors(text)]


def test_maoists_in_an_indian_report_are_the_cpi_maoist():
    text = "Maoists ambushed a police patrol in Sukma district of Chhattisgarh, India."
    assert "CPI (Maoist)" in _names(text)


def test_maoists_elsewhere_are_not_the_indian_party():
    assert "CPI (Maoist)" not in _names("Maoists once fought a long war in Nepal.")


def test_anti_maoist_operation_is_not_the_group():
    text = "Jawans returned from an anti-Maoist operation in Bastar, India."
    assert "CPI (Maoist)" not in _names(text)


def test_regional_branch_of_al_qaeda_keeps_its_own_name():
    text = "Al-Qaeda in the Arabian Peninsula (AQAP) said it struck a checkpoint."
    assert _names(text) == ["AQAP", "AQAP"]


def test_thai_separatist_group_by_acronym():
    assert _names("Officials blamed the BRN for the bombing.") == ["Barisan Revolusi Nasional"]


def test_named_units_read_as_their_state():
    assert _names("FARDC soldiers repelled the attack.") == [
        "Military Forces of Democratic Republic of Congo"
    ]
    assert "Military Forces of India" in _names("Two CRPF jawans were hurt.")
    assert "Military Forces of Pakistan" in _names("A Frontier Corps convoy was hit.")


def test_unnamed_separatists_in_cameroon_are_ambazonian():
    text = "Separatist fighters burned a school near Bamenda in Cameroon's North-West region."
    assert "Ambazonian Separatists" in _names(text)
    assert "Ambazonian Separatists" not in _names("Separatist fighters shelled Donetsk.")


def test_group_names_with_their_own_word_for_fighters():
    assert _names("Druze gunmen clashed with Bedouin tribal fighters.") == [
        "Druze militia",
        "Bedouin tribal militia",
    ]
