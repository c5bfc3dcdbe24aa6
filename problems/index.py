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
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from problems.catalog import Catalog, FileReader, assemble, read_yaml, roots, subfolders
from problems.errors import ContentError
from problems.model import Pattern, Problem
from problems.schema import build_pattern

FORMAT = 4
SUMMARY, ERRORS, GUIDE = "s", "e", "p"  # what an entry holds
# a guide's entry: [size, mtime_ns, has_module, "", "", kind, payload]; a folder's problems: one block in
# a file of its own (see make_block)


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

    def problems_in(self, folder: Path, names: list[str], present: Collection[str] | None, pattern_id: str, source: str) -> list[ProblemSummary | list[ContentError]]:
        """A folder's problems from its block of the cache: all at once when no file of it
        changed (one list of stamps compared with another), else file by file."""
        root = folder.parent
        stamps = self._stamps(folder, names, present)
        block = self.block_of(root, folder.name)
        usable = block_is_sound(block, pattern_id, source)
        if usable and stamps == block["stamps"] and names == block["names"]:
            return [read_row(block, i, folder, name) for i, name in enumerate(names)]
        position = {name: i for i, name in enumerate(block["names"])} if usable else {}
        read: list[ProblemSummary | list[ContentError]] = []
        for n, name in enumerate(names):
            i = position.get(name)
            stamp = stamps[3 * n : 3 * n + 3]
            if i is not None and -1 not in stamp and stamp == block["stamps"][3 * i : 3 * i + 3]:
                read.append(read_row(block, i, folder, name))
                continue
            parsed = self.parser.problem(folder / name, pattern_id, source)
            read.append(parsed if isinstance(parsed, list) else ProblemSummary.of(parsed))
        if present is not None and -1 not in stamps:  # a whole folder, every file seen: its block is replaced
            self.blocks[root][folder.name] = make_block(pattern_id, source, names, stamps, read)
            self.changed_blocks.add((root, folder.name))
        return read

    @staticmethod
    def _stamps(folder: Path, names: list[str], present: Collection[str] | None) -> list[int]:
        """Size, mtime and whether the module is beside it, for each file in a row (-1s for
        one that cannot be read): one flat list, compared at once with the cached one."""
        stamps: list[int] = []
        base, stat = str(folder) + os.sep, os.stat
        for name in names:
            try:
                st = stat(base + name)
                module = name[:-5] + ".py"
                stamps += (st.st_size, st.st_mtime_ns, int(module in present if present is not None else os.path.exists(base + module)))
            except OSError:
                stamps += (-1, -1, -1)
        return stamps


# --- a folder's block: a column per field --------------------------------------------------

COLUMNS = ("ids", "titles", "difficulties", "entries", "signatures", "compares")


def make_block(pattern_id: str, source: str, names: list[str], stamps: list[int], read: list[ProblemSummary | list[ContentError]]) -> dict[str, Any]:
    """What the cache keeps of a folder: its files' stamps in one flat list, and a column
    per field, so that reading 10,000 problems makes a few long lists, not 10,000 small ones."""
    block: dict[str, Any] = {"pattern_id": pattern_id, "source": source, "names": names, "stamps": stamps, "kinds": "",
                             **{column: [] for column in COLUMNS}, "tags": [], "errors": {}}
    kinds = []
    for name, item in zip(names, read):
        if isinstance(item, list):
            kinds.append(ERRORS)
            block["errors"][name] = [_error_json(e) for e in item]
            values: tuple[str, ...] = ("",) * len(COLUMNS)
            tags: list[str] = []
        else:
            kinds.append(SUMMARY)
            values, tags = (item.id, item.title, item.difficulty, item.entry, item.signature_source, item.compare), list(item.tags)
        for column, value in zip(COLUMNS, values):
            block[column].append(value)
        block["tags"].append(tags)
    block["kinds"] = "".join(kinds)
    return block


def block_is_sound(block: Any, pattern_id: str, source: str) -> bool:
    """A block of the right shape for this folder (a damaged or foreign one is read again,
    file by file): every column a list of strings as long as the list of files."""
    if type(block) is not dict or block.get("pattern_id") != pattern_id or block.get("source") != source:
        return False
    names, kinds, stamps, tags = block.get("names"), block.get("kinds"), block.get("stamps"), block.get("tags")
    if type(names) is not list or type(kinds) is not str or type(stamps) is not list or type(tags) is not list or type(block.get("errors")) is not dict:
        return False
    n = len(names)
    if len(kinds) != n or len(stamps) != 3 * n or len(tags) != n or not set(kinds) <= {SUMMARY, ERRORS} or not set(map(type, stamps)) <= {int}:
        return False
    for column in COLUMNS:
        values = block.get(column)
        if type(values) is not list or len(values) != n or not set(map(type, values)) <= {str}:
            return False
    return set(map(type, names)) <= {str} and set(map(type, tags)) <= {list} and all(set(map(type, t)) <= {str} for t in tags)


def read_row(block: dict[str, Any], i: int, folder: Path, name: str) -> ProblemSummary | list[ContentError]:
    """The i-th file of a sound block: its summary, or the errors it had."""
    if block["kinds"][i] == ERRORS:
        try:
            return _errors(block["errors"][name], folder / name)
        except (KeyError, TypeError, ValueError):
            return [ContentError(folder / name, "a damaged cache entry: run 'grokpat validate'")]
    return tuple.__new__(ProblemSummary, (block["ids"][i], block["titles"][i], block["pattern_id"], block["difficulties"][i], block["entries"][i],
                                          block["signatures"][i], block["compares"][i], tuple(block["tags"][i]), block["source"], folder, name))


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
            if not block_is_sound(block, str(block.get("pattern_id")), source):
                return None
            for i, pid in enumerate(block["ids"]):
                if pid in wanted and block["kinds"][i] == SUMMARY:
                    hits.append((root / folder / block["names"][i], [*block["stamps"][3 * i : 3 * i + 3], block["pattern_id"], source]))
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
