"""One spelling per article URL (no database)."""

from __future__ import annotations

import pytest

from ingest.urlnorm import is_http_url, normalise_url, same_site


def test_tracking_parameters_are_dropped_and_the_rest_sorted():
    url = "https://news.example/a?utm_source=x&b=2&fbclid=abc&a=1&gclid=z&UTM_Medium=m#top"
    assert normalise_url(url) == "https://news.example/a?a=1&b=2"


def test_scheme_and_host_case_default_port_and_trailing_slash_are_normalised():
    assert normalise_url("HTTPS://News.Example:443/World/Story/") == (
        "https://news.example/World/Story"
    )
    assert normalise_url("http://news.example") == "http://news.example/"
    assert normalise_url("http://news.example:8080/a/") == "http://news.example:8080/a"


def test_amp_query_switches_are_dropped():
    assert normalise_url("https://news.example/a?outputType=amp") == "https://news.example/a"
    assert normalise_url("https://news.example/a?amp=1") == "https://news.example/a"


@pytest.mark.parametrize(
    "url", ["ftp://news.example/a", "javascript:alert(1)", "file:///etc/passwd"]
)
def test_only_http_urls_are_accepted(url):
    assert not is_http_url(url)
    with pytest.raises(ValueError):
        normalise_url(url)


def test_amp_and_www_mirrors_are_the_same_site():
    assert same_site("https://amp.news.example/a", "https://www.news.example/a")
    assert not same_site("https://news.example/a", "https://other.example/a")
