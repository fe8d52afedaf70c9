"""A death toll with a long subject is still a toll ("The death toll from ... has risen to 38")."""

from ingest.pipeline.numbers import casualty_figures


def test_toll_with_a_long_subject_is_a_killed_figure():
    text = (
        "The death toll from an attack by Islamic State-linked rebels on a Catholic church in "
        "eastern Congo has risen to 38, including nine children, a local leader said."
    )
    figures = [(f.kind, f.value, f.children) for f in casualty_figures(text)]
    assert ("killed", 38, False) in figures
    assert ("killed", 9, True) in figures
