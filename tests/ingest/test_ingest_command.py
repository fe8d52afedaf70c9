import json

import pytest
from django.core.management import CommandError, call_command

from events.models import Article
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_broker(monkeypatch):
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)


def test_seed_folder_is_ingested_with_its_metadata():
    call_command("ingest", str(SEEDS))
    articles = {a.content_hash: a for a in Article.objects.all()}
    assert len(articles) == 2
    titled = Article.objects.get(title="Russia attacks Kyiv after Trump peace deal hope")
    assert titled.published_at.date().isoformat() == "2025-11-25"
    seed = json.loads((SEEDS / "001_00d846edb9c33653.json").read_text(encoding="utf-8"))
    assert titled.text == seed["text"]  # stored exactly


def test_ingesting_twice_changes_nothing(capsys):
    call_command("ingest", str(SEEDS))
    call_command("ingest", str(SEEDS))
    assert Article.objects.count() == 2
    assert "0 submitted, 2 already stored, 0 failed" in capsys.readouterr().out


def test_bad_files_are_named_and_the_rest_continue(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(
        "Gunmen killed four villagers near Bandiagara on Sunday.", encoding="utf-8"
    )
    (tmp_path / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00\x01garbage")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "typed.json").write_text('{"text": 42}', encoding="utf-8")
    with pytest.raises(CommandError, match="4 file"):
        call_command("ingest", str(tmp_path))
    err = capsys.readouterr().err
    assert "broken.json:1: invalid JSON" in err
    assert "binary.txt: not valid UTF-8" in err
    assert "empty.txt: text: the article text is empty" in err
    assert "typed.json: field 'text' must be a string" in err
    assert Article.objects.get().text.startswith("Gunmen killed four villagers")


def test_missing_path_is_a_clear_error():
    with pytest.raises(CommandError, match="no-such-dir: no such file or folder"):
        call_command("ingest", "no-such-dir")


def test_manifest_beside_text_files_gives_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Protesters marched in Tbilisi on Sunday night.", encoding="utf-8"
    )
    (tmp_path / "manifest.json").write_text(
        json.dumps(
            {
                "articles": [
                    {"file": "a.txt", "published_at": "2024-12-01", "title": "Tbilisi march"}
                ]
            }
        ),
        encoding="utf-8",
    )
    call_command("ingest", str(tmp_path))
    article = Article.objects.get()
    assert (article.title, article.published_at.date().isoformat()) == (
        "Tbilisi march",
        "2024-12-01",
    )
