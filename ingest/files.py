"""Reading article files (.txt, .json, .html) for the ingest and extract commands."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from events.published import published_at_problem

SUFFIXES = (".txt", ".json", ".html", ".htm")
MANIFEST = "manifest.json"


class ArticleFileError(ValueError):
    """A file that cannot be read as an article; the message names the file and the problem."""


@dataclass(frozen=True)
class ArticleFile:
    path: Path
    text: str = ""
    html: str = ""
    url: str | None = None
    title: str = ""
    published_at: datetime | date | None = None
    source: str = ""
    language: str = ""


def find_article_files(paths: list[str]) -> Iterator[Path]:
    """The article files named, and those inside the folders named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and child.name != MANIFEST:
                    yield child
        elif path.exists():
            yield path
        else:
            raise ArticleFileError(f"{raw}: no such file or folder")


def read_article_file(path: Path) -> ArticleFile:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleFileError(
            f"{path}: unsupported file type {suffix or '(none)'}; use .txt, .json or .html"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleFileError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    if "\x00" in content:
        raise ArticleFileError(f"{path}: contains NUL bytes; is it a binary file?")
    meta = _manifest_entry(path)
    if suffix == ".json":
        return _from_json(path, content, meta)
    if suffix in (".html", ".htm"):
        return ArticleFile(path=path, html=content, **_metadata(path, meta))
    return ArticleFile(path=path, text=content, **_metadata(path, meta))


def _from_json(path: Path, content: str, meta: dict[str, Any]) -> ArticleFile:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise ArticleFileError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise ArticleFileError(f"{path}: expected a JSON object with a 'text' or 'html' field")
    for field in ("text", "html", "url", "title", "source", "language", "published_at"):
        if data.get(field) is not None and not isinstance(data[field], str):
            raise ArticleFileError(f"{path}: field '{field}' must be a string")
    if not (data.get("text") or data.get("html")):
        raise ArticleFileError(f"{path}: field 'text' (or 'html') is missing or empty")
    return ArticleFile(
        path=path,
        text=data.get("text") or "",
        html=data.get("html") or "",
        **_metadata(path, {**meta, **{k: v for k, v in data.items() if v is not None}}),
    )


def _metadata(path: Path, meta: dict[str, Any]) -> dict[str, Any]:
    published = meta.get("published_at")
    parsed: datetime | date | None = None
    if published:
        try:
            parsed = (
                date.fromisoformat(published)
                if len(published) == 10
                else datetime.fromisoformat(published.replace("Z", "+00:00"))
            )
        except ValueError:
            raise ArticleFileError(
                f"{path}: field 'published_at' is not an ISO date: {published!r}"
            ) from None
        problem = published_at_problem(parsed)
        if problem:
            raise ArticleFileError(f"{path}: field 'published_at' {problem}")
    return {
        "url": meta.get("url") or None,
        "title": meta.get("title") or "",
        "published_at": parsed,
        "source": meta.get("source") or "",
        "language": meta.get("language") or "",
    }


def _manifest_entry(path: Path) -> dict[str, Any]:
    """Metadata for a file from a manifest.json beside it ({"articles": [{"file": ...}]})."""
    manifest = path.parent / MANIFEST
    if not manifest.exists():
        return {}
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArticleFileError(f"{manifest}: unreadable manifest: {exc}") from None
    for entry in data.get("articles", []) if isinstance(data, dict) else []:
        if isinstance(entry, dict) and entry.get("file") == path.name:
            return {k: v for k, v in entry.items() if isinstance(v, str)}
    return {}
