import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def test_editors_can_curate_but_not_administer_users():
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"change_event", "view_event", "change_actor", "delete_eventactor"} <= codenames
    assert not any(c.endswith("_user") or c.endswith("_group") for c in codenames)


def test_an_editor_reaches_the_review_queue_but_not_users(client, django_user_model):
    editor = django_user_model.objects.create_user(
        "ed", password="a-long-test-password", is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/events/reviewqueueevent/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403
