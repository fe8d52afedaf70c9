from ingest.pipeline.numbers import INJURED, KILLED, casualty_figures, word_to_int


def figs(sentence: str) -> list[tuple[str, int, bool]]:
    return [(f.kind, f.value, f.children) for f in casualty_figures(sentence)]


def test_number_words_and_dozens():
    assert word_to_int("twelve") == 12
    assert word_to_int("forty-four") == 44
    assert word_to_int("two dozen") == 24
    assert word_to_int("a dozen") == 12
    assert word_to_int("one hundred and twenty") == 120
    assert word_to_int("1,250") == 1250


def test_lower_bounds_are_kept():
    assert figs("Shelling killed at least four civilians.") == [(KILLED, 4, False)]
    assert figs("The blast wounded more than seventy people.") == [(INJURED, 70, False)]


def test_killed_and_wounded_in_one_clause_with_children():
    got = figs("The drones killed nine people and wounded 31 others, including five children.")
    assert got == [(KILLED, 9, False), (INJURED, 31, False), (INJURED, 5, True)]


def test_children_inherit_killed_when_the_clause_says_so():
    got = figs("Seven villagers, including three children, were killed in the raid.")
    assert (KILLED, 7, False) in got and (KILLED, 3, True) in got


def test_dead_and_injured_after_the_numbers():
    assert figs("The attack left 5 dead and 12 wounded.") == [
        (KILLED, 5, False),
        (INJURED, 12, False),
    ]


def test_hospitalised_counts_as_injured():
    assert figs("Eleven students were hospitalised after the explosion.") == [(INJURED, 11, False)]


def test_vague_quantities_give_nothing():
    assert figs("Dozens were killed and scores more were wounded.") == []
    assert figs("The strike killed several people and injured many others.") == []


def test_a_single_person():
    assert figs("A woman was killed and three others were injured.") == [
        (KILLED, 1, False),
        (INJURED, 3, False),
    ]


def test_weapon_counts_ages_and_dates_are_not_casualties():
    assert figs("Russia launched 90 drones and 20 missiles at 3am.") == []
    assert figs("A 60-year-old man was killed on June 3.") == [(KILLED, 1, False)]


def test_updated_toll_is_flagged():
    got = casualty_figures("The death toll rose to 23 on Sunday, officials said.")
    assert [(f.kind, f.value, f.update) for f in got] == [(KILLED, 23, True)]


def test_killing_and_injuring_participles():
    got = figs("Gunmen opened fire on a bus, killing 14 passengers and injuring 8.")
    assert got == [(KILLED, 14, False), (INJURED, 8, False)]


def test_spans_cover_the_modifier():
    s = "Officials said at least four people died."
    f = casualty_figures(s)[0]
    assert s[f.start : f.end] == "at least four"
