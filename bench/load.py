"""Load generators: wrk when it is installed, else Python threads over http.client."""

from __future__ import annotations

import http.client
import re
import shutil
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass

import psutil


@dataclass(frozen=True)
class LoadResult:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float
    tool: str

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def python_load(
    port: int, path: str, clients: int, seconds: float = 0, requests_per_client: int = 0
) -> LoadResult:
    """Each client loops for `seconds`, or sends `requests_per_client`, reading whole bodies."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        sent = 0
        while (
            (sent < requests_per_client)
            if requests_per_client
            else (time.perf_counter() < deadline)
        ):
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                while response.read(1 << 16):
                    pass
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors[0] += not ok
            sent += 1
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = time.perf_counter() - started
    return LoadResult(
        len(latencies),
        errors[0],
        total,
        percentile(latencies, 0.5) * 1000,
        percentile(latencies, 0.99) * 1000,
        "python",
    )


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _wrk_ms(text: str, label: str) -> float:
    match = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.MULTILINE)
    return float(match.group(1)) * _UNITS[match.group(2)] if match else float("nan")


def wrk_load(port: int, path: str, clients: int, seconds: float) -> LoadResult:
    out = subprocess.run(
        [
            "wrk",
            f"-t{min(clients, 2)}",
            f"-c{clients}",
            f"-d{int(seconds)}s",
            "--timeout",
            "30s",
            "--latency",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    requests = int(re.search(r"(\d+) requests in ([\d.]+)(\w+)", out).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    errors += sum(int(n) for n in re.findall(r"Socket errors:.*?timeout (\d+)", out))
    return LoadResult(requests, errors, seconds, _wrk_ms(out, "50"), _wrk_ms(out, "99"), "wrk")


def drive(
    port: int, path: str, clients: int, seconds: float = 0, requests_per_client: int = 0
) -> LoadResult:
    if not requests_per_client and shutil.which("wrk"):
        return wrk_load(port, path, clients, seconds)
    return python_load(port, path, clients, seconds, requests_per_client)


class RssSampler:
    """Peak resident memory of a server's processes (largest worker, and all together) and,
    with `pss`, their proportional set size together (shared pages divided among the processes
    sharing them; reading it costs more, so only when asked)."""

    def __init__(self, pid: int, every: float = 0.05, pss: bool = False) -> None:
        self.process = psutil.Process(pid)
        self.every = every
        self.pss = pss
        self.peak_worker = 0
        self.peak_total = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                children = self.process.children(recursive=True)
                read = (lambda p: p.memory_full_info()) if self.pss else (lambda p: p.memory_info())
                main, infos = read(self.process), [read(p) for p in children]
            except psutil.Error:
                main, infos = None, []
            if main is not None:
                self.peak_worker = max(self.peak_worker, *(i.rss for i in infos), 0)
                self.peak_total = max(self.peak_total, main.rss + sum(i.rss for i in infos))
                if self.pss:
                    self.peak_pss = max(self.peak_pss, main.pss + sum(i.pss for i in infos))
            self._stop.wait(self.every)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0
