from ingest.pipeline.text import detect_language, normalise, paragraphs, sentences_of


def test_normalise_keeps_length():
    s = "“Quote” — it’s\u00a0here\r\n"
    assert len(normalise(s)) == len(s)
    assert normalise(s).startswith('"Quote"')


def test_boilerplate_lines_are_flagged():
    text = (
        "Shelling hit the town.\nRead also:\nTalks stall in Geneva\n"
        "Image: State Emergency Service\nRELATED: Other news here"
    )
    flags = [p.boilerplate for p in paragraphs(text)]
    assert flags == [False, True, True, True, True]


def test_sentences_ignore_abbreviations():
    text = "Gen. Abdel Fattah met Mr. Smith in the U.S. capital. They spoke for an hour."
    spans = sentences_of(text)
    assert len(spans) == 2


def test_language_detection():
    assert (
        detect_language("The army said the strike killed four people in the city on Monday.")
        == "en"
    )
    assert (
        detect_language(
            "L'armée a déclaré que la frappe avait tué quatre personnes dans la ville lundi soir."
        )
        == "fr"
    )
    assert (
        detect_language(
            "Die Armee sagte, dass der Angriff vier Menschen in der Stadt getötet hat "
            "und nicht mehr."
        )
        == "de"
    )
    assert (
        detect_language("Российские войска нанесли удар по городу, погибли четыре человека.")
        == "ru"
    )
    assert detect_language("") == "und"
