"""The catalog index: what browsing needs, without parsing every problem file each time.

Browsing (``patterns``, ``list``, ``show``, ``start``, the TUI's home) reads the catalog
through a cache of what each file said: for a problem, the fields that list it; for a
guide, its data; for a broken file, its errors. The cache is one JSON file per catalog
folder under the cache directory; an entry is used only while its file's size and
modification time are unchanged (and its module's presence), so a changed file is
parsed again and a deleted one is gone with its folder's listing. A cache that is
corrupt, foreign or from another format is ignored and rebuilt: it is never trusted
blindly and never an error. ``Catalog.load(id)`` reads the one problem a command needs.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from problems.catalog import Catalog, FileReader, assemble, read_yaml, roots
from problems.errors import ContentError
from problems.model import Pattern, Problem
from problems.schema import build_pattern

FORMAT = 1


@dataclass(frozen=True)
class ProblemSummary:
    """What lists a problem (``grokpat list --json`` holds the same fields)."""

    id: str
    title: str
    pattern: str
    difficulty: str
    entry: str
    signature_source: str
    compare: str
    tags: tuple[str, ...]
    source: str
    yaml_path: Path

    @classmethod
    def of(cls, problem: Problem) -> ProblemSummary:
        return cls(problem.id, problem.title, problem.pattern, problem.difficulty, problem.entry, problem.signature.source,
                   problem.compare, problem.tags, problem.source, problem.yaml_path)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "tags": list(self.tags), "yaml_path": str(self.yaml_path)}

    @classmethod
    def from_json(cls, data: dict[str, Any], path: Path) -> ProblemSummary:
        fields = {k: data[k] for k in ("id", "title", "pattern", "difficulty", "entry", "signature_source", "compare", "source")}
        if not all(isinstance(v, str) for v in fields.values()) or not isinstance(data["tags"], list):
            raise ValueError("a malformed entry")
        return cls(**fields, tags=tuple(str(t) for t in data["tags"]), yaml_path=path)


def cache_dir() -> Path:
    explicit = os.environ.get("GROKPAT_HOME")
    if explicit:
        return Path(explicit).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("grokpat"))


class IndexReader:
    """A reader that answers from the cache where a file is unchanged, and parses it where not."""

    def __init__(self) -> None:
        self.parser = FileReader()
        self.caches: dict[Path, dict[str, Any]] = {}  # root -> its cache's files
        self.changed: set[Path] = set()

    # --- the cache of one catalog folder --------------------------------------------------

    @staticmethod
    def cache_path(root: Path) -> Path:
        digest = hashlib.sha256(os.path.realpath(root).encode()).hexdigest()[:20]
        return cache_dir() / "catalog" / f"{digest}.json"

    def files_of(self, root: Path) -> dict[str, Any]:
        if root not in self.caches:
            self.caches[root] = self._read_cache(root)
        return self.caches[root]

    def _read_cache(self, root: Path) -> dict[str, Any]:
        try:
            data = json.loads(self.cache_path(root).read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("root") != os.path.realpath(root) or not isinstance(data.get("files"), dict):
            return {}  # foreign, or from another format: rebuilt
        return data["files"]

    def save(self) -> None:
        """Write the caches that changed (atomically; a folder that cannot be written is skipped)."""
        for root in self.changed:
            target = self.cache_path(root)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
                tmp.write_text(json.dumps({"format": FORMAT, "root": os.path.realpath(root), "files": self.caches[root]}), encoding="utf-8")
                os.replace(tmp, target)
            except OSError:
                pass
        self.changed.clear()

    @staticmethod
    def stamp(path: Path) -> list[int] | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns, int(path.with_suffix(".py").exists())]

    def _entry(self, path: Path) -> tuple[Path, str, dict[str, Any] | None, list[int] | None]:
        root = path.parent.parent
        key = path.parent.name + "/" + path.name
        entry = self.files_of(root).get(key)
        stamp = self.stamp(path)
        fresh = entry if isinstance(entry, dict) and stamp is not None and entry.get("stamp") == stamp else None
        return root, key, fresh, stamp

    def _store(self, root: Path, key: str, stamp: list[int] | None, entry: dict[str, Any]) -> None:
        if stamp is not None:
            self.files_of(root)[key] = {**entry, "stamp": stamp}
            self.changed.add(root)

    # --- the reader -----------------------------------------------------------------------

    def pattern(self, path: Path) -> Pattern | list[ContentError]:
        root, key, entry, stamp = self._entry(path)
        if entry is not None:
            try:
                if "errors" in entry:
                    return _errors(entry["errors"], path)
                return build_pattern(entry["pattern"], path)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # a damaged entry: parsed again below
        read = self.parser.pattern(path)
        if isinstance(read, list):
            self._store(root, key, stamp, {"errors": [_error_json(e) for e in read]})
        else:
            self._store(root, key, stamp, {"pattern": read_yaml(path)})
        return read

    def problem(self, path: Path, pattern_id: str, source: str) -> ProblemSummary | list[ContentError]:
        root, key, entry, stamp = self._entry(path)
        if entry is not None and entry.get("pattern_id") == pattern_id and entry.get("source") == source:
            try:
                if "errors" in entry:
                    return _errors(entry["errors"], path)
                return ProblemSummary.from_json(entry["summary"], path)
            except (KeyError, TypeError, ValueError):
                pass
        read = self.parser.problem(path, pattern_id, source)
        if isinstance(read, list):
            self._store(root, key, stamp, {"pattern_id": pattern_id, "source": source, "errors": [_error_json(e) for e in read]})
            return read
        summary = ProblemSummary.of(read)
        self._store(root, key, stamp, {"pattern_id": pattern_id, "source": source, "summary": summary.to_json()})
        return summary


def _error_json(error: ContentError) -> dict[str, Any]:
    return {"path": str(error.path), "message": error.message, "line": error.line, "field": error.field}


def _errors(items: list[dict[str, Any]], path: Path) -> list[ContentError]:
    return [ContentError(Path(e["path"]), str(e["message"]), e.get("line"), e.get("field")) for e in items]


def load_index(pack_dirs: Iterable[Path] | None = None, include_builtin: bool = True) -> Catalog[ProblemSummary]:
    """The catalog as browsing needs it, from the index (rebuilt for what changed)."""
    reader = IndexReader()
    catalog = assemble(roots(pack_dirs, include_builtin), reader)
    reader.save()
    return catalog
