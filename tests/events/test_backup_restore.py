import pytest
from django.core.management import CommandError, call_command

from events.models import Event
from tests.factories import EventFactory, EventReportFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_and_restore_round_trip(tmp_path):
    kept = EventFactory(city="Goma", fatalities=9)
    EventReportFactory(event=kept)
    dump = tmp_path / "db.dump"
    call_command("backup", str(dump))
    assert dump.stat().st_size > 1000

    Event.objects.all().delete()
    EventFactory(city="Created after the backup")
    call_command("restore", str(dump), "--yes")

    assert list(Event.objects.values_list("city", "fatalities", "public_id")) == [
        ("Goma", 9, kept.public_id)
    ]
    assert Event.objects.get().reports.count() == 1


def test_restore_of_a_bad_file_changes_nothing(tmp_path):
    EventFactory(city="Mopti")
    bad = tmp_path / "not-a-dump"
    bad.write_text("hello")
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("restore", str(bad), "--yes")
    assert list(Event.objects.values_list("city", flat=True)) == ["Mopti"]


def test_restore_of_a_missing_file_is_named(tmp_path):
    with pytest.raises(CommandError, match="no such backup file"):
        call_command("restore", str(tmp_path / "missing.dump"), "--yes")
