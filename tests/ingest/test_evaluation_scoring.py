"""The devset scorer's matching and metrics, on hand-made extractions (no pipeline, no database)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ingest.evaluation import (
    DevItem,
    DevsetError,
    ExpectedEvent,
    ExpectedStatement,
    aggregate,
    evaluate,
    load_item,
    main,
    match_events,
    normalise_weapons,
    quote_overlap,
    same_actor,
    same_person,
    same_speaker,
    score_article,
    set_f1,
)
from ingest.pipeline.types import (
    ActorRef,
    ArticleInput,
    ExtractedActor,
    ExtractedEvent,
    ExtractedStatement,
    Extraction,
)

SHELL = "Shelling/artillery/missile attack"
EXP = "Explosions/Remote violence"


def expected_event(
    city: str | None = "Kyiv",
    *,
    day: date | None = date(2025, 4, 24),
    country: str = "UA",
    admin1: str | None = "Kyiv City",
    sub_event_type: str = SHELL,
    event_type: str = EXP,
    fatalities: int | None = 12,
    injured: int | None = 70,
    weapons: tuple[str, ...] = ("Kinzhal missile", "Shahed drone"),
    perpetrator: str | None = "Russia",
) -> ExpectedEvent:
    return ExpectedEvent(
        event_date=day,
        country=country,
        admin1=admin1,
        city=city,
        districts=(),
        event_type=event_type,
        sub_event_type=sub_event_type,
        fatalities=fatalities,
        injured=injured,
        children_killed=None,
        children_injured=None,
        weapons=weapons,
        perpetrator=perpetrator,
        target="Civilians (Ukraine)",
    )


def predicted_event(
    city: str | None = "Kyiv",
    *,
    day: date | None = date(2025, 4, 24),
    country: str | None = "UA",
    admin1: str | None = "Kyiv",
    sub_event_type: str = SHELL,
    event_type: str = EXP,
    fatalities: int | None = 12,
    injured: int | None = 70,
    weapons: tuple[str, ...] = ("Kinzhal missile", "Shahed drone"),
    perpetrator: str | None = "Russia",
) -> ExtractedEvent:
    actors = [ActorRef("Civilians (Ukraine)", "target")]
    if perpetrator:
        actors.append(ActorRef(perpetrator, "perpetrator"))
    return ExtractedEvent(
        event_type=event_type,
        sub_event_type=sub_event_type,
        disorder_type="Political violence",
        event_date=day,
        country=country,
        admin1=admin1,
        city=city,
        fatalities=fatalities,
        injured=injured,
        weapons=weapons,
        actors=tuple(actors),
    )


TEXT = (
    "Russia struck Kyiv overnight. “Forty-four days ago, Ukraine agreed to a full ceasefire,” "
    "President Volodymyr Zelenskyy said. “We will not give up our land,” he added."
)
QUOTE_1 = "Forty-four days ago, Ukraine agreed to a full ceasefire"
QUOTE_2 = "We will not give up our land"


def dev_item(
    events: tuple[ExpectedEvent, ...] = (),
    statements: tuple[ExpectedStatement, ...] = (),
    persons: tuple[str, ...] = (),
) -> DevItem:
    return DevItem(
        id="hand_made",
        path=Path("hand_made.json"),
        text=TEXT,
        published_at=date(2025, 4, 24),
        title=None,
        url=None,
        language="en",
        supported=True,
        events=events,
        statements=statements,
        persons=persons,
    )


def extraction(
    events: tuple[ExtractedEvent, ...] = (),
    statements: tuple[ExtractedStatement, ...] = (),
    actors: tuple[ExtractedActor, ...] = (),
) -> Extraction:
    return Extraction(
        extractor_version="test",
        language="en",
        supported=True,
        events=events,
        statements=statements,
        actors=actors,
    )


def statement(text: str, speaker: str | None, as_written: str | None = None) -> ExtractedStatement:
    start = TEXT.find(text)
    return ExtractedStatement(
        text=text,
        start=start,
        end=start + len(text),
        speaker=speaker,
        speaker_as_written=as_written,
    )


# --------------------------------------------------------------------------- event matching


def test_kiev_spelling_matches_the_kyiv_event() -> None:
    assert match_events([expected_event("Kyiv")], [predicted_event("Kiev")]) == [(0, 0)]


def test_city_match_ignores_case_and_diacritics() -> None:
    expected = expected_event("Tibú", country="CO", admin1="Norte de Santander")
    assert match_events([expected], [predicted_event("TIBU", country="CO")]) == [(0, 0)]


def test_same_city_in_another_country_does_not_match() -> None:
    expected = expected_event("Odesa", admin1="Odesa Oblast")
    assert match_events([expected], [predicted_event("Odessa", country="US")]) == []


def test_region_level_event_matches_on_admin1_spelling_variant() -> None:
    expected = expected_event(None, admin1="Odesa Oblast")
    predicted = predicted_event(None, admin1="Odessa region")
    assert match_events([expected], [predicted]) == [(0, 0)]
    assert match_events([expected], [predicted_event(None, admin1="Mykolaiv Oblast")]) == []


def test_city_event_is_not_matched_by_a_region_only_prediction() -> None:
    assert match_events([expected_event("Kyiv")], [predicted_event(None, admin1="Kyiv")]) == []


def test_date_breaks_the_tie_between_two_events_at_one_place() -> None:
    saturday = expected_event("Mota", day=date(2025, 6, 28), country="ET", admin1="Amhara")
    sunday = expected_event("Mota", day=date(2025, 6, 29), country="ET", admin1="Amhara")
    predicted = [
        predicted_event("Mota", day=date(2025, 6, 29), country="ET"),
        predicted_event("Mota", day=date(2025, 6, 28), country="ET"),
    ]
    assert match_events([saturday, sunday], predicted) == [(0, 1), (1, 0)]


def test_matching_is_one_to_one() -> None:
    expected = [expected_event("Kyiv")]
    predicted = [predicted_event("Kyiv"), predicted_event("Kyiv")]
    assert match_events(expected, predicted) == [(0, 0)]


def test_event_precision_recall_and_f1() -> None:
    item = dev_item(events=(expected_event("Kyiv"), expected_event("Kharkiv", admin1="Kharkiv")))
    result = score_article(
        item,
        extraction(
            events=(predicted_event("Kyiv"), predicted_event("Lviv"), predicted_event("Sumy"))
        ),
    )
    scores = aggregate([result])
    assert scores["event_precision"]["score"] == pytest.approx(1 / 3)
    assert scores["event_recall"]["score"] == pytest.approx(1 / 2)
    assert scores["event_f1"]["score"] == pytest.approx(0.4)
    assert (
        "missed event: Kharkiv (UA) 2025-04-24 Shelling/artillery/missile attack" in result.misses
    )


# --------------------------------------------------------------------------- fields


def test_fields_are_scored_on_matched_events_only() -> None:
    item = dev_item(
        events=(
            expected_event("Kyiv", fatalities=12, injured=70),
            expected_event("Dnipro", fatalities=None, injured=None, admin1="Dnipropetrovsk"),
            expected_event("Lviv", fatalities=1, admin1="Lviv"),  # never predicted
        )
    )
    result = score_article(
        item,
        extraction(
            events=(
                predicted_event("Kyiv", fatalities=12, injured=60, day=date(2025, 4, 23)),
                predicted_event("Dnipro", fatalities=None, injured=3, perpetrator="Moscow"),
            )
        ),
    )
    scores = aggregate([result])
    assert scores["fatalities"]["score"] == 1.0  # 12 == 12 and null == null
    assert scores["fatalities"]["n"] == 2
    assert scores["injured"]["score"] == 0.0
    assert scores["date"]["score"] == 0.5
    assert scores["perpetrator"]["score"] == 1.0  # "Moscow" is Russia


def test_weapons_named_type_subsumes_its_generic_class() -> None:
    assert normalise_weapons(["Kinzhal missile", "hypersonic missile", "ballistic missile"]) == {
        "Kinzhal missile"
    }
    assert normalise_weapons(["Shahed drone", "drone", "missile"]) == {"Shahed drone", "missile"}
    assert normalise_weapons(["air strike/aircraft", "air defence"]) == {"aircraft"}
    assert normalise_weapons(["guided aerial bomb", "air strike/aircraft"]) == {
        "guided aerial bomb"
    }


def test_weapons_set_f1() -> None:
    assert set_f1(frozenset(), frozenset()) == 1.0
    assert set_f1(frozenset({"drone"}), frozenset()) == 0.0
    assert set_f1(frozenset({"missile", "drone"}), frozenset({"drone"})) == pytest.approx(2 / 3)
    item = dev_item(events=(expected_event(weapons=("missile", "drone")),))
    result = score_article(item, extraction(events=(predicted_event(weapons=("drone",)),)))
    scores = aggregate([result])
    assert scores["weapons"]["score"] == pytest.approx(2 / 3)
    assert scores["weapons_exact"]["score"] == 0.0


@pytest.mark.parametrize(
    ("expected", "predicted"),
    [
        ("Russia", ["Russian forces"]),
        ("Russia", ["Moscow"]),
        ("Russia", ["Military Forces of Russia (2000-)"]),
        ("Rapid Support Forces", ["RSF"]),
        ("Sudanese Armed Forces", ["Sudan"]),
        ("Houthis", ["Houthi rebels"]),
        ("al-Shabaab", ["Al-Shabab"]),
        ("Tehrik-i-Taliban Pakistan", ["TTP"]),
        ("Civilians (Ukraine)", ["Ukrainian civilians"]),
        # An acronym and the full name it abbreviates are one actor.
        ("ADF", ["Allied Democratic Forces"]),
        ("Karen National Liberation Army", ["KNLA"]),
        ("AQAP", ["Al-Qaeda in the Arabian Peninsula"]),
        ("HTS", ["Hayat Tahrir al-Sham"]),
        ("UPC", ["Union for Peace in the Central African Republic"]),
        ("Russia", ["Russian forces in Kursk"]),
        ("Ukraine", ["Ukrainian navy"]),
        (None, []),
        (None, ["Unidentified Armed Group"]),
    ],
)
def test_actor_names_that_mean_the_same_actor(expected: str | None, predicted: list[str]) -> None:
    assert same_actor(expected, predicted)


@pytest.mark.parametrize(
    ("expected", "predicted"),
    [
        ("Russia", ["Ukraine"]),
        ("Russia", []),
        ("Rapid Support Forces", ["Sudanese Armed Forces"]),
        (None, ["Hamas"]),
        ("Civilians (Ukraine)", ["Civilians (Russia)"]),
        # A group whose name starts with a country word is not that country's state forces.
        ("Syria", ["Syrian Democratic Forces"]),
        ("Serbia", ["Serbian Progressive Party"]),
        ("Palestine", ["Palestinian Islamic Jihad"]),
        # A word that happens to spell initials is not an acronym unless written in capitals.
        ("Mali", ["Movement for Azawad Liberation and Independence"]),
    ],
)
def test_actor_names_that_differ(expected: str | None, predicted: list[str]) -> None:
    assert not same_actor(expected, predicted)


# --------------------------------------------------------------------------- quotes and persons


def test_quote_overlap_ignores_quote_marks_and_end_punctuation() -> None:
    assert quote_overlap(QUOTE_1, f"“{QUOTE_1},”") == 1.0


def test_quote_overlap_is_measured_against_the_shorter_text() -> None:
    longer = QUOTE_1 + ". It was a proposal from the United States"
    assert quote_overlap(QUOTE_1, longer) == 1.0
    # A fragment of the expected quote matches (the brief's rule), a different sentence does not.
    assert quote_overlap(QUOTE_1, "Forty-four days ago, Ukraine agreed to a ceasefire") == 1.0
    assert quote_overlap(QUOTE_1, "Forty-four days ago, Russia rejected every proposal") < 0.8


def test_quotes_precision_recall_and_speaker() -> None:
    item = dev_item(
        statements=(
            ExpectedStatement("Volodymyr Zelenskyy", QUOTE_1),
            ExpectedStatement("Volodymyr Zelenskyy", QUOTE_2),
        )
    )
    result = score_article(
        item,
        extraction(
            statements=(
                statement(QUOTE_1, "Volodymyr Zelensky"),
                statement("Russia struck Kyiv overnight", None),
            )
        ),
    )
    scores = aggregate([result])
    assert scores["quotes_precision"]["score"] == 0.5
    assert scores["quotes_recall"]["score"] == 0.5
    assert scores["quotes_f1"]["score"] == 0.5
    assert scores["speaker"]["score"] == 1.0
    assert scores["speaker"]["n"] == 1


def test_speaker_rules() -> None:
    assert same_speaker("Volodymyr Zelenskyy", ["Zelensky", None])
    assert same_speaker("interior ministry spokesman", [None, "an interior ministry spokesman"])
    assert same_speaker("Russian Defence Ministry", ["Russia’s defence ministry"])
    assert same_speaker("resident", [None, "one resident"])
    assert not same_speaker("Oleh Kiper", [None, "he"])
    assert not same_speaker("Oleh Kiper", ["Ihor Terekhov", None])


def test_persons_recall_is_surname_tolerant() -> None:
    assert same_person("Volodymyr Zelenskyy", "Zelensky")
    assert same_person("Aleksandar Vučić", "Aleksandar Vucic")
    assert not same_person("Babagana Umar", "Babagana Zulum")
    item = dev_item(persons=("Volodymyr Zelenskyy", "Donald Trump", "Steve Witkoff"))
    actors = (
        ExtractedActor("Volodymyr Zelensky", "person", "UA", aliases=("Zelenskyy",)),
        ExtractedActor("Trump", "person", "US"),
        ExtractedActor("Kremlin", "person"),
        ExtractedActor("Witkoff", "organisation"),  # only person actors count
    )
    scores = aggregate([score_article(item, extraction(actors=actors))])
    assert scores["persons"]["score"] == pytest.approx(2 / 3)
    assert scores["persons_precision"]["score"] == pytest.approx(2 / 3)


# --------------------------------------------------------------------------- loading and running

GOOD_FILE = {
    "id": "tiny",
    "published_at": "2025-04-24",
    "title": None,
    "url": None,
    "text": TEXT,
    "notes": "",
    "expected": {
        "language": "en",
        "supported": True,
        "events": [
            {
                "event_date": "2025-04-24",
                "country": "UA",
                "admin1": "Kyiv City",
                "city": "Kyiv",
                "districts": [],
                "event_type": EXP,
                "sub_event_type": SHELL,
                "fatalities": None,
                "injured": None,
                "children_killed": None,
                "children_injured": None,
                "weapons": [],
                "perpetrator": "Russia",
                "target": None,
            }
        ],
        "statements": [{"speaker": "Volodymyr Zelenskyy", "text": QUOTE_1}],
        "persons": ["Volodymyr Zelenskyy"],
    },
}


def write(directory: Path, data: dict[str, object], name: str = "tiny.json") -> Path:
    path = directory / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_malformed_file_names_file_and_field(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(GOOD_FILE))
    bad["expected"]["events"][0]["sub_event_type"] = "Missile strike"
    path = write(tmp_path, bad)
    with pytest.raises(DevsetError) as err:
        load_item(path)
    assert err.value.field_name == "expected.events[0].sub_event_type"
    assert err.value.path == str(path)


def test_quote_not_in_text_is_malformed(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(GOOD_FILE))
    bad["expected"]["statements"][0]["text"] = "words that the article never says"
    with pytest.raises(DevsetError, match=r"expected\.statements\[0\]\.text"):
        load_item(write(tmp_path, bad))


def test_main_exits_2_on_a_malformed_devset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = json.loads(json.dumps(GOOD_FILE))
    bad["expected"]["events"][0]["weapons"] = ["laser"]
    write(tmp_path, bad)
    assert main([str(tmp_path)], extractor=lambda article: extraction()) == 2
    err = capsys.readouterr().err
    assert "tiny.json" in err
    assert "expected.events[0].weapons" in err


def test_main_prints_scores_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, GOOD_FILE)

    def extractor(article: ArticleInput) -> Extraction:
        assert article.published_at == date(2025, 4, 24)
        return extraction(
            events=(predicted_event("Kyiv", fatalities=None, injured=None, weapons=()),),
            statements=(statement(QUOTE_1, None, "Zelenskyy"),),
        )

    assert main([str(tmp_path), "--json"], extractor=extractor) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["files"] == 1
    assert payload["scores"]["event_f1"]["score"] == 1.0
    assert payload["scores"]["speaker"]["score"] == 1.0
    assert payload["scores"]["persons"]["score"] == 0.0
    assert payload["scores"]["event_f1"]["target"] == 0.8

    assert main([str(tmp_path), "--verbose"], extractor=extractor) == 0
    out = capsys.readouterr().out
    assert "Event F1" in out and ">=0.80" in out
    assert "missed person: Volodymyr Zelenskyy" in out


def test_extractor_crash_scores_as_an_empty_extraction(tmp_path: Path) -> None:
    item = load_item(write(tmp_path, GOOD_FILE))

    def broken(article: ArticleInput) -> Extraction:
        raise RuntimeError("boom")

    [result] = evaluate([item], broken)
    assert result.error == "RuntimeError: boom"
    assert result.matched_events == 0
    assert result.expected_events == 1
