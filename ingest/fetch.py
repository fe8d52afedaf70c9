"""Fetching pages and feeds politely and safely: the only place ConflictDB talks to the web.

Every request names ConflictDB in its User-Agent, waits its turn per host (shared by every
worker, see host_slots), has timeouts and a size cap, goes to http(s) only and never to a
private, loopback, link-local, multicast or reserved address: the host is resolved, every
address checked, and the connection made to a checked address (so DNS cannot change its answer
in between). Redirects are followed by hand and each hop is checked again.
"""

from __future__ import annotations

import enum
import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx
from django.conf import settings

import conflictdb
from ingest import host_slots
from ingest.urlnorm import is_http_url

REDIRECTS = frozenset({301, 302, 303, 307, 308})
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
# The whole body must arrive within this many read timeouts (a server dribbling bytes forever).
BODY_DEADLINE_FACTOR = 3


class FetchKind(enum.Enum):
    PAGE = "page"
    FEED = "feed"


ACCEPT = {
    FetchKind.PAGE: "text/html,application/xhtml+xml;q=0.9",
    FetchKind.FEED: "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9",
}
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/xml",
        "text/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
    }
)


class FetchError(Exception):
    """A fetch that did not give a usable response; `transient` errors are worth retrying."""

    transient = False


class FetchRefused(FetchError):
    """Will not work by trying again: a forbidden address, a 404, a PNG where HTML was asked."""


class FetchUnavailable(FetchError):
    """May work later: a timeout, a refused connection, a 5xx or 429 answer."""

    transient = True


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when the conditional headers matched
    content: bytes
    content_type: str
    charset: str | None
    etag: str
    last_modified: str


def user_agent() -> str:
    return f"ConflictDB/{conflictdb.__version__} (+{settings.FETCH_CONTACT_URL})"


def forbidden_address(address: str) -> bool:
    """True for any address that is not a public unicast one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        not ip.is_global
        or ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def resolve(host: str, port: int) -> list[str]:
    """The addresses to connect to, each checked; refuses the host if any is forbidden."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:
            raise FetchUnavailable(f"cannot resolve {host}: {exc.strerror}") from None
        raise FetchRefused(f"cannot resolve {host}: {exc.strerror}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchRefused(f"{host} has no address")
    if not settings.FETCH_ALLOW_PRIVATE_ADDRESSES:
        bad = [a for a in addresses if forbidden_address(a)]
        if bad:
            raise FetchRefused(f"{host} resolves to a non-public address ({bad[0]}); refused")
    return addresses


def fetch(url: str, kind: FetchKind, *, etag: str = "", last_modified: str = "") -> Fetched:
    """GET `url` (a page or a feed), following checked redirects. Raises FetchError."""
    current = url
    for _hop in range(settings.FETCH_MAX_REDIRECTS + 1):
        if not is_http_url(current):
            raise FetchRefused(f"not an http(s) URL: {current[:200]}")
        parsed = httpx.URL(current)
        host = parsed.raw_host.decode("ascii")
        addresses = resolve(host, parsed.port or (443 if parsed.scheme == "https" else 80))
        host_slots.wait_turn(host, settings.FETCH_MIN_INTERVAL_SECONDS)
        headers = {"Accept": ACCEPT[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        result = _get(parsed, addresses, headers, kind)
        if isinstance(result, Fetched):
            return result
        current = urljoin(current, result)
    raise FetchRefused(f"more than {settings.FETCH_MAX_REDIRECTS} redirects")


def _get(url: httpx.URL, addresses: list[str], headers: dict[str, str], kind: FetchKind):
    """One request to a checked address: a Fetched, or the Location of a redirect."""
    timeout = settings.FETCH_TIMEOUT_SECONDS
    headers = {**headers, "Host": url.netloc.decode("ascii"), "User-Agent": user_agent()}
    extensions = {"sni_hostname": url.raw_host.decode("ascii")} if url.scheme == "https" else {}
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        last_error: Exception | None = None
        for address in addresses:
            request = client.build_request(
                "GET", url.copy_with(host=address), headers=headers, extensions=extensions
            )
            try:
                response = client.send(request, stream=True)
            except httpx.ConnectError as exc:
                last_error = exc  # try the host's next address
                continue
            except httpx.TimeoutException:
                raise FetchUnavailable(f"timed out after {timeout}s") from None
            except httpx.HTTPError as exc:
                raise FetchUnavailable(f"{type(exc).__name__}: {exc}") from None
            try:
                return _read(url, response, kind, timeout)
            finally:
                response.close()
        raise FetchUnavailable(f"cannot connect to {url.host}: {last_error}")


def _read(url: httpx.URL, response: httpx.Response, kind: FetchKind, timeout: int):
    status = response.status_code
    if status in REDIRECTS:
        location = response.headers.get("location")
        if not location:
            raise FetchRefused(f"HTTP {status} without a Location")
        return location
    validators = {
        "etag": response.headers.get("etag", ""),
        "last_modified": response.headers.get("last-modified", ""),
    }
    if status == 304:
        return Fetched(str(url), 304, b"", "", None, **validators)
    if status in TRANSIENT_STATUSES or 500 <= status < 600:
        raise FetchUnavailable(f"HTTP {status}")
    if status not in (200, 203):
        raise FetchRefused(f"HTTP {status}")
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    _check_type(content_type, kind)
    return Fetched(
        str(url),
        200,
        _body(response, timeout),
        content_type,
        response.charset_encoding,
        **validators,
    )


def _check_type(content_type: str, kind: FetchKind) -> None:
    if kind is FetchKind.PAGE and content_type not in PAGE_TYPES:
        raise FetchRefused(f"not an HTML page (Content-Type {content_type or 'missing'})")
    if kind is FetchKind.FEED and not (content_type in FEED_TYPES or content_type.endswith("+xml")):
        raise FetchRefused(f"not an RSS or Atom feed (Content-Type {content_type or 'missing'})")


def _body(response: httpx.Response, timeout: int) -> bytes:
    cap = settings.FETCH_MAX_BYTES
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchRefused(f"larger than {cap} bytes (Content-Length {declared})")
    deadline = time.monotonic() + timeout * BODY_DEADLINE_FACTOR
    chunks: list[bytes] = []
    size = 0
    try:
        # Decoded bytes are counted, so a small compressed bomb is capped too.
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchRefused(f"larger than {cap} bytes; download stopped")
            if time.monotonic() > deadline:
                raise FetchUnavailable(
                    f"body not received within {timeout * BODY_DEADLINE_FACTOR}s"
                )
            chunks.append(chunk)
    except httpx.TimeoutException:
        raise FetchUnavailable(f"timed out after {timeout}s") from None
    except httpx.DecodingError as exc:
        raise FetchRefused(f"undecodable body: {exc}") from None
    except httpx.HTTPError as exc:
        raise FetchUnavailable(f"{type(exc).__name__}: {exc}") from None
    return b"".join(chunks)
