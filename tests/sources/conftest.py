"""A real HTTP server on 127.0.0.1, started per test, serving the pages and feeds in
tests/fixtures/web/ (with `{base}` replaced by its address) and whatever a test adds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parent.parent / "fixtures" / "web"
HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    stream_bytes: int = 0  # send this many filler bytes, chunked, without Content-Length
    handler: Callable[[BaseHTTPRequestHandler], Route | None] | None = None


class WebServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def fixture(self, name: str) -> bytes:
        return (WEB / name).read_text(encoding="utf-8").replace("{base}", self.base).encode()

    def page(self, path: str, name: str, **kwargs) -> None:
        self.routes[path] = Route(body=self.fixture(name), **kwargs)

    def feed(self, path: str, name: str, **kwargs) -> None:
        kwargs.setdefault("content_type", RSS)
        self.routes[path] = Route(body=self.fixture(name), **kwargs)

    def redirect(self, path: str, location: str, status: int = 301) -> None:
        self.routes[path] = Route(status=status, headers={"Location": location})

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path) or Route(status=404, body=b"not found")
                if route.handler is not None:
                    route = route.handler(self) or route
                if route.delay:
                    time.sleep(route.delay)
                self.send_response(route.status)
                if route.status != 304:
                    self.send_header("Content-Type", route.content_type)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                try:
                    if route.stream_bytes:
                        self._stream(route.stream_bytes)
                        return
                    body = b"" if route.status == 304 else route.body
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (size cap, timeout): expected

            def _stream(self, total: int) -> None:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"<p>" + b"x" * 65_536 + b"</p>"
                sent = 0
                while sent < total:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent += len(chunk)
                self.wfile.write(b"0\r\n\r\n")

        return Handler

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def web(settings) -> Iterator[WebServer]:
    """The local server, with fetching allowed to reach it, no politeness delay and no retries."""
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    settings.FETCH_MIN_INTERVAL_SECONDS = 0
    settings.FETCH_RETRIES = 0
    settings.FETCH_TIMEOUT_SECONDS = 2
    server = WebServer()
    server.start()
    yield server
    server.stop()
