"""The catalog index: what browsing needs, without parsing every problem file each time.

Browsing (``patterns``, ``list``, ``show``, ``start``, the TUI's home) reads the catalog
through a cache of what each file said: for a problem, the fields that list it; for a
guide, its data; for a broken file, its errors. The cache is one JSON file per catalog
folder under the cache directory; an entry is used only while its file's size and
modification time are unchanged (and its module's presence), so a changed file is
parsed again and a deleted one is gone with its folder's listing. A cache that is
corrupt, foreign or from another format is ignored and rebuilt: it is never trusted
blindly and never an error. ``Catalog.load(id)`` reads the one problem a command needs,
and ``quick_load(id)`` finds it without assembling the catalog at all when the index can
vouch for where it is (no folder's listing changed, its own file unchanged).

The cost that matters is per file (a pack may hold 10,000): one ``stat``, one look-up
and one small tuple each, so an entry is a flat JSON list, not a mapping.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from problems.catalog import Catalog, FileReader, assemble, read_yaml, roots, subfolders
from problems.errors import ContentError
from problems.model import Pattern, Problem
from problems.schema import build_pattern

FORMAT = 3
SUMMARY, ERRORS, GUIDE = "s", "e", "p"  # what an entry holds
# a guide's entry: [size, mtime_ns, has_module, "", "", kind, payload]; a folder's problems: one block in
# a file of its own, {"pattern_id", "source", "names": [file], "stamps": [[size, mtime_ns, has_module]], "rows": [[kind, payload]]}


class ProblemSummary(NamedTuple):
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
    folder: Path
    file_name: str

    @property
    def yaml_path(self) -> Path:
        return self.folder / self.file_name

    @classmethod
    def of(cls, problem: Problem) -> ProblemSummary:
        return cls(problem.id, problem.title, problem.pattern, problem.difficulty, problem.entry, problem.signature.source,
                   problem.compare, problem.tags, problem.source, problem.yaml_path.parent, problem.yaml_path.name)

    def row(self) -> list[Any]:
        """The fields a cache entry keeps (the rest follow from where the entry is)."""
        return [self.id, self.title, self.difficulty, self.entry, self.signature_source, self.compare, list(self.tags)]

    @classmethod
    def from_row(cls, row: list[Any], pattern_id: str, source: str, folder: Path, name: str) -> ProblemSummary:
        pid, title, difficulty, entry, signature, compare, tags = row
        if not (type(pid) is type(title) is type(difficulty) is type(entry) is type(signature) is type(compare) is str) or type(tags) is not list:
            raise ValueError("a malformed entry")
        return tuple.__new__(cls, (pid, title, pattern_id, difficulty, entry, signature, compare, tuple(tags), source, folder, name))


def cache_dir() -> Path:
    explicit = os.environ.get("GROKPAT_HOME")
    if explicit:
        return Path(explicit).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("grokpat"))


def _stamp(path: str) -> list[int] | None:
    """A file's size and mtime, and whether its module is beside it: an entry is used only
    while these are unchanged."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, int(os.path.exists(path[:-5] + ".py"))]


def _folder_stamps(root: Path) -> dict[str, int]:
    """Each pattern folder's mtime: it changes when a file is added, removed or renamed."""
    stamps = {}
    for name in subfolders(root):
        try:
            stamps[name] = os.stat(os.path.join(root, name)).st_mtime_ns
        except OSError:
            pass
    return stamps


class IndexReader:
    """A reader that answers from the cache where a file is unchanged, and parses it where not."""

    def __init__(self) -> None:
        self.parser = FileReader()
        self.caches: dict[Path, dict[str, Any]] = {}  # root -> its cache's guides, by "folder/pattern.yaml"
        self.blocks: dict[Path, dict[str, Any]] = {}  # root -> its cache's problems, a block per folder
        self.folders: dict[Path, dict[str, int]] = {}  # root -> its folders' mtimes, taken before reading them
        self.changed: set[Path] = set()  # roots whose guides or folders changed
        self.changed_blocks: set[tuple[Path, str]] = set()  # (root, folder) whose problems changed

    # --- the cache of one catalog folder --------------------------------------------------

    @staticmethod
    def cache_path(root: Path) -> Path:
        """The cache of a catalog folder's guides and listing."""
        digest = hashlib.sha256(os.path.realpath(root).encode()).hexdigest()[:20]
        return cache_dir() / "catalog" / f"{digest}.json"

    @classmethod
    def block_path(cls, root: Path, folder: str) -> Path:
        """The cache of one pattern folder's problems (a file each: a change rewrites one)."""
        main = cls.cache_path(root)
        return main.with_suffix("") / f"{folder}.json"

    def files_of(self, root: Path) -> dict[str, Any]:
        self._load(root)
        return self.caches[root]

    def block_of(self, root: Path, folder: str) -> Any:
        self._load(root)
        if folder not in self.blocks[root]:
            self.blocks[root][folder] = read_block(root, folder)
        return self.blocks[root][folder]

    def _load(self, root: Path) -> None:
        if root not in self.caches:
            self.folders[root] = _folder_stamps(root)
            data = read_cache(root)
            self.caches[root] = data["files"] if data else {}
            self.blocks[root] = {}
            if not data or data.get("folders") != self.folders[root]:
                self.changed.add(root)  # the folders' stamps are saved even when every file is the same

    def save(self) -> None:
        """Write the caches that changed (atomically; a folder that cannot be written is skipped)."""
        for root in self.changed:
            _write_json(self.cache_path(root), {"format": FORMAT, "root": os.path.realpath(root), "folders": self.folders[root], "files": self.caches[root]})
        for root, folder in self.changed_blocks:
            block = {"format": FORMAT, "root": os.path.realpath(root), "folder": folder, **self.blocks[root][folder]}
            _write_json(self.block_path(root, folder), block)
        self.changed.clear()
        self.changed_blocks.clear()

    def _fresh(self, files: dict[str, Any], key: str, stamp: list[int] | None, pattern_id: str, source: str) -> Any:
        """The payload of a cache entry still true of its file, else None."""
        entry = files.get(key)
        if stamp is None or not isinstance(entry, list) or len(entry) != 7 or entry[:3] != stamp or entry[3] != pattern_id or entry[4] != source:
            return None
        return entry

    def _store(self, root: Path, key: str, stamp: list[int] | None, pattern_id: str, source: str, kind: str, payload: Any) -> None:
        if stamp is not None:
            self.files_of(root)[key] = [*stamp, pattern_id, source, kind, payload]
            self.changed.add(root)

    # --- the reader -----------------------------------------------------------------------

    def pattern(self, path: Path) -> Pattern | list[ContentError]:
        root, key = path.parent.parent, f"{path.parent.name}/{path.name}"
        stamp = _stamp(str(path))
        entry = self._fresh(self.files_of(root), key, stamp, "", "")
        if entry is not None:
            try:
                return _errors(entry[6], path) if entry[5] == ERRORS else build_pattern(entry[6], path)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # a damaged entry: parsed again below
        read = self.parser.pattern(path)
        if isinstance(read, list):
            self._store(root, key, stamp, "", "", ERRORS, [_error_json(e) for e in read])
        else:
            self._store(root, key, stamp, "", "", GUIDE, read_yaml(path))
        return read

    def problem(self, path: Path, pattern_id: str, source: str) -> ProblemSummary | list[ContentError]:
        return self.problems_in(path.parent, [path.name], None, pattern_id, source)[0]

    def problems_in(self, folder: Path, names: list[str], present: Mapping[str, os.DirEntry[str]] | None, pattern_id: str, source: str) -> list[ProblemSummary | list[ContentError]]:
        """A folder's problems from its block of the cache: all at once when no file of it
        changed (one list compared with another), else file by file."""
        root = folder.parent
        stamps = self._stamps(folder, names, present)
        block: Any = self.block_of(root, folder.name)
        usable = type(block) is dict and block.get("pattern_id") == pattern_id and block.get("source") == source
        if usable and stamps == block.get("stamps") and names == block.get("names"):
            try:
                from_row = ProblemSummary.from_row
                return [
                    from_row(row[1], pattern_id, source, folder, name) if row[0] == SUMMARY else self._from_row(row, pattern_id, source, folder, name)
                    for row, name in zip(block["rows"], names, strict=True)
                ]
            except (TypeError, ValueError, KeyError, IndexError):
                pass  # a damaged block: read file by file below
        known: dict[str, tuple[Any, Any]] = {}
        if usable:
            try:
                known = dict(zip(block["names"], zip(block["stamps"], block["rows"], strict=True), strict=True))
            except (TypeError, ValueError, KeyError):
                known = {}
        read: list[ProblemSummary | list[ContentError]] = []
        rows: list[list[Any]] = []
        for name, stamp in zip(names, stamps):
            old = known.get(name)
            if stamp is not None and old is not None and old[0] == stamp:
                try:
                    read.append(self._from_row(old[1], pattern_id, source, folder, name))
                    rows.append(old[1])
                    continue
                except (TypeError, ValueError, KeyError, IndexError):
                    pass  # a damaged entry: parsed again below
            parsed = self.parser.problem(folder / name, pattern_id, source)
            if isinstance(parsed, list):
                read.append(parsed)
                rows.append([ERRORS, [_error_json(e) for e in parsed]])
            else:
                summary = ProblemSummary.of(parsed)
                read.append(summary)
                rows.append([SUMMARY, summary.row()])
        if present is not None and None not in stamps:  # a whole folder, every file seen: its block is replaced
            self.blocks[root][folder.name] = {"pattern_id": pattern_id, "source": source, "names": names, "stamps": stamps, "rows": rows}
            self.changed_blocks.add((root, folder.name))
        return read

    @staticmethod
    def _stamps(folder: Path, names: list[str], present: Mapping[str, os.DirEntry[str]] | None) -> list[list[int] | None]:
        if present is None:
            return [_stamp(os.path.join(folder, name)) for name in names]
        stamps: list[list[int] | None] = []
        for name in names:
            try:  # the folder's own entries: a stat without resolving the path again
                st = present[name].stat()
                stamps.append([st.st_size, st.st_mtime_ns, int(name[:-5] + ".py" in present)])
            except OSError:
                stamps.append(None)
        return stamps

    @staticmethod
    def _from_row(row: list[Any], pattern_id: str, source: str, folder: Path, name: str) -> ProblemSummary | list[ContentError]:
        kind, payload = row
        if kind == SUMMARY:
            return ProblemSummary.from_row(payload, pattern_id, source, folder, name)
        if kind == ERRORS:
            return _errors(payload, folder / name)
        raise ValueError("an entry of no known kind")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Atomically (a reader sees the old file or the new one); a cache that cannot be
    written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def read_cache(root: Path) -> dict[str, Any] | None:
    """A catalog folder's cache, or None when it is missing, corrupt, foreign or of another format."""
    data = _read_json(IndexReader.cache_path(root))
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("root") != os.path.realpath(root):
        return None
    if not all(isinstance(data.get(key), dict) for key in ("files", "folders")):
        return None
    return data


def read_block(root: Path, folder: str) -> dict[str, Any] | None:
    """One pattern folder's cached problems, or None (missing, corrupt, foreign, another format)."""
    data = _read_json(IndexReader.block_path(root, folder))
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("root") != os.path.realpath(root) or data.get("folder") != folder:
        return None
    return data


def _error_json(error: ContentError) -> dict[str, Any]:
    return {"path": str(error.path), "message": error.message, "line": error.line, "field": error.field}


def _errors(items: list[dict[str, Any]], path: Path) -> list[ContentError]:
    return [ContentError(Path(e["path"]), str(e["message"]), e.get("line"), e.get("field")) for e in items]


def load_index(pack_dirs: Iterable[Path] | None = None, include_builtin: bool = True) -> Catalog[ProblemSummary]:
    """The catalog as browsing needs it, from the index (rebuilt for what changed).

    The cycle collector is paused meanwhile: reading a big pack makes some 100,000 small
    lists and tuples, none of them garbage, and the collector would walk them again and
    again (a fifth of the time at 10,000 problems)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        reader = IndexReader()
        catalog = assemble(roots(pack_dirs, include_builtin), reader)
        reader.save()
    finally:
        if collecting:
            gc.enable()
    return catalog


def quick_load(query: str, pack_dirs: Iterable[Path] | None = None, include_builtin: bool = True) -> tuple[Problem, Pattern] | None:
    """The problem ``query`` names exactly, and its pattern, read from their files alone,
    when the index vouches for where they are; None when it cannot (then assemble).

    It vouches when every folder's listing is as cached (no file added, removed or
    renamed: no new duplicate can hide it), exactly one entry has the id, and that file
    and its guide are unchanged.
    """
    wanted = {query, query.replace("_", "-").lower()}
    hits: list[tuple[Path, list[Any]]] = []
    guides: dict[Any, list[tuple[Path, list[Any]]]] = {}
    for root, source in roots(pack_dirs, include_builtin):
        data = read_cache(root)
        if data is None or data["folders"] != _folder_stamps(root):
            return None
        for key, entry in data["files"].items():
            if isinstance(entry, list) and len(entry) == 7 and entry[5] == GUIDE and isinstance(entry[6], dict):
                guides.setdefault(entry[6].get("id"), []).append((root / key, entry))
        for folder in data["folders"]:
            block = read_block(root, folder)
            if block is None:
                return None  # a folder the index has not read: the catalog decides
            try:
                if block["source"] != source:
                    return None
                for name, stamp, (kind, payload) in zip(block["names"], block["stamps"], block["rows"], strict=True):
                    if kind == SUMMARY and payload[0] in wanted:
                        hits.append((root / folder / name, [*stamp, block["pattern_id"], source]))
            except (TypeError, ValueError, KeyError, IndexError):
                return None
    if len(hits) != 1:
        return None
    path, entry = hits[0]
    found = guides.get(entry[3], [])
    if len(found) != 1 or _stamp(str(path)) != entry[:3] or _stamp(str(found[0][0])) != found[0][1][:3]:
        return None
    problem = FileReader().problem(path, entry[3], entry[4])
    pattern = FileReader().pattern(found[0][0])
    if isinstance(problem, list) or isinstance(pattern, list) or problem.id not in wanted:
        return None
    return problem, pattern
