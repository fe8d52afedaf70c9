import pytest
from django.core.exceptions import ImproperlyConfigured

from conflictdb.env import env_bool, env_int, env_list


def test_env_bool_reads_true_and_false(monkeypatch):
    monkeypatch.setenv("FLAG", "yes")
    assert env_bool("FLAG") is True
    monkeypatch.setenv("FLAG", "off")
    assert env_bool("FLAG", default=True) is False


def test_env_bool_rejects_anything_else(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be true or false"):
        env_bool("FLAG")


def test_env_bool_default_when_unset(monkeypatch):
    monkeypatch.delenv("FLAG", raising=False)
    assert env_bool("FLAG", default=True) is True


def test_env_int_validates(monkeypatch):
    monkeypatch.setenv("PORTISH", "8001")
    assert env_int("PORTISH", 1) == 8001
    monkeypatch.setenv("PORTISH", "eighty")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("PORTISH", 1)
    monkeypatch.setenv("PORTISH", "-3")
    with pytest.raises(ImproperlyConfigured, match="at least 0"):
        env_int("PORTISH", 1, minimum=0)


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.example, b.example,,")
    assert env_list("HOSTS") == ["a.example", "b.example"]
