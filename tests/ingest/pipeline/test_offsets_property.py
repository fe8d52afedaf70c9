"""Offsets stay inside the text for arbitrary input."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.ingest.pipeline.conftest import run

_WORDS = st.sampled_from(
    [
        "Kyiv",
        "Gaza",
        "killed",
        "at least",
        "12",
        "drone",
        "strike",
        '"',
        "“",
        "”",
        "said",
        ".",
        "\n",
        "Read also:",
        "on Monday",
        "Hamas",
        "gunmen",
        "wounded",
        "three",
        "El Fasher",
        "—",
    ]
)


@settings(max_examples=50, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=60).map(" ".join)))
def test_all_offsets_are_inside_the_text(text):
    ex = run(text)
    n = len(text)
    for e in ex.events:
        for spans in e.evidence.values():
            for s in spans:
                assert 0 <= s.start <= s.end <= n
        assert 0 <= e.confidence <= 1
    for s in ex.statements:
        assert 0 <= s.start <= s.end <= n
        assert text[s.start : s.end] == s.text
        if s.speaker_span:
            assert 0 <= s.speaker_span.start <= s.speaker_span.end <= n
    for a in ex.actors:
        for s in a.spans:
            assert 0 <= s.start <= s.end <= n
