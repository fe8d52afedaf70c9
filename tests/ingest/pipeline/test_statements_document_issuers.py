"""Quotes given by a document: the issuer named where the document is introduced."""

from datetime import date

from ingest.pipeline.extract import extract_article
from ingest.pipeline.types import ArticleInput


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    result = extract_article(ArticleInput(text=text, published_at=date(2026, 5, 12)))
    return [(s.speaker, s.speaker_as_written) for s in result.statements]


def test_claim_in_a_message_is_the_claiming_group() -> None:
    text = (
        "QUETTA, May 12 - Gunmen attacked a checkpoint outside Turbat on Sunday.\n\n"
        "Hours later, the Balochistan Liberation Army (BLA) claimed responsibility in a message "
        'posted on Telegram, saying its fighters had "taken the checkpoint and its weapons" '
        "before withdrawing."
    )
    assert _speakers(text)[0][0] == "Balochistan Liberation Army"


def test_in_a_statement_then_the_body_gives_the_issuer() -> None:
    text = (
        "BAMAKO, May 12 - Militants attacked an army camp near Boulkessi on Saturday, the army "
        "said.\n\n"
        "In a statement read on national television, the ministry said the assault was "
        "repelled.\n\n"
        '"Our soldiers held every position despite the heavy fire," the statement said.'
    )
    speaker, written = _speakers(text)[0]
    # Not the militants named before: the ministry that issued the statement.
    assert speaker is None
    assert written == "the ministry"


def test_role_with_a_relative_clause_between_commas() -> None:
    text = (
        "NIAMEY, May 12 - A minibus struck a mine near Tera on Sunday, killing six people, a "
        "local official said.\n\n"
        '"Nobody dares to travel on this road any more," the official, who asked not to be '
        "named, told reporters."
    )
    assert _speakers(text) == [(None, "a local official")]
