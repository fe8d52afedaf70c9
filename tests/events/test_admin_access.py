"""The admin is for staff only: anonymous and non-staff users are sent to the login page."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGES = [
    "/admin/",
    "/admin/events/event/",
    "/admin/events/article/",
    "/admin/events/reviewqueueevent/",
    "/admin/auth/user/",
]


def login_url(next_url: str) -> str:
    return f"{reverse('admin:login')}?next={next_url}"


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_visitors_are_redirected_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == login_url(url)


@pytest.mark.parametrize("url", PAGES)
def test_non_staff_users_are_redirected_to_login(client, django_user_model, url):
    user = django_user_model.objects.create(username="reader")
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == login_url(url)


def test_non_staff_users_cannot_log_in_to_the_admin(client, django_user_model):
    django_user_model.objects.create_user("reader", password="a-long-test-password")
    response = client.post(
        reverse("admin:login"), {"username": "reader", "password": "a-long-test-password"}
    )
    assert response.status_code == 200  # the form again, with an error
    assert "_auth_user_id" not in client.session


def test_staff_without_permissions_see_no_models(client, django_user_model):
    user = django_user_model.objects.create(username="staff", is_staff=True)
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/events/event/").status_code == 403
    assert client.get("/admin/auth/user/").status_code == 403


def test_editors_curate_but_cannot_add_or_change_users(client, django_user_model):
    editor = django_user_model.objects.create(username="ed", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/events/event/").status_code == 200
    assert client.get("/admin/events/actor/add/").status_code == 200
    assert client.get("/admin/auth/user/add/").status_code == 403
    assert client.get(f"/admin/auth/user/{editor.pk}/change/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403


def test_superusers_administer_users(admin_client):
    assert admin_client.get("/admin/auth/user/").status_code == 200
