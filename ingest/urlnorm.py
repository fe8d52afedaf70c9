"""One spelling per article URL: tracking parameters gone, case and slashes normalised."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "ref_src",
        "ref_url",
        "smid",
        "at_medium",
        "at_campaign",
        "outputtype",  # ?outputType=amp
        "amp",  # ?amp=1
    }
)
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Hosts that serve the same site under another name (mobile and AMP mirrors).
MIRROR_PREFIXES = ("www.", "amp.", "m.", "mobile.")


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in DEFAULT_PORTS and bool(parts.hostname)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def normalise_url(url: str) -> str:
    """The URL with scheme and host lower-cased, default port, fragment, tracking parameters and
    trailing slash removed, remaining parameters sorted. Raises ValueError if it is not http(s)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def site_of(url: str) -> str:
    """The host without mirror prefixes: amp.example.com and www.example.com are one site."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in MIRROR_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            return host[len(prefix) :]
    return host


def same_site(a: str, b: str) -> bool:
    return site_of(a) == site_of(b) != ""
