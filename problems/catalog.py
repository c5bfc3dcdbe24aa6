"""Find and load the catalog: the built-in ``patterns/`` and the packs in GROKPAT_PACKS.

A pack is a folder with the same layout as ``patterns/`` (one sub-folder per pattern
with a ``pattern.yaml``, problems beside it); a pack folder may also hold problems
for a built-in pattern without its own ``pattern.yaml``. Packs hold code, so only
folders the user names are ever read. YAML is read with ``safe_load`` only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Generic, Protocol, TypeVar

import yaml

from problems.errors import ContentError, at
from problems.model import DIFFICULTIES, Pattern, Problem
from problems.schema import build_pattern, build_problem, pattern_errors, problem_errors, to_errors

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def builtin_root() -> Path:
    """The ``patterns/`` folder that ships with grokpat."""
    import patterns

    return Path(patterns.__file__).parent


def pack_roots(env: str | None = None) -> list[Path]:
    """The folders named in GROKPAT_PACKS (separated like PATH)."""
    value = os.environ.get("GROKPAT_PACKS", "") if env is None else env
    return [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip()]


def read_yaml(path: Path) -> object:
    """``safe_load`` a file; bad YAML becomes a ContentError with its line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x})", line) from None
    try:
        value = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and start is not None and (mark is None or start.line != mark.line):
            # an unclosed bracket or quote is found lines later (often past the end): say where it opened
            problem += f" ({context} on line {start.line + 1})"
        raise ContentError(path, f"bad YAML: {problem}", mark.line + 1 if mark else None) from None
    if _shares_containers(value):
        raise ContentError(path, "YAML aliases (*name) that repeat a list or a mapping are not allowed: they can expand to huge values", _first_alias_line(text))
    return value


def _shares_containers(value: object) -> bool:
    """True when one list or mapping is reached twice (a YAML alias): walking such a value
    can cost exponential time (the "billion laughs"). The walk itself visits each
    container once."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, dict)):
            if id(item) in seen:
                return True
            seen.add(id(item))
            stack.extend(item.values() if isinstance(item, dict) else item)
    return False


def _first_alias_line(text: str) -> int | None:
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
                return int(event.start_mark.line) + 1
    except yaml.YAMLError:
        pass
    return None


class Listed(Protocol):
    """What the catalog needs of a problem to list and order it (a Problem, or an index entry)."""

    @property
    def id(self) -> str: ...
    @property
    def difficulty(self) -> str: ...
    @property
    def yaml_path(self) -> Path: ...


P = TypeVar("P", bound=Listed)
P_co = TypeVar("P_co", bound=Listed, covariant=True)


class Reader(Protocol[P_co]):
    """Reads one file of the catalog: a pattern's guide, or a problem (as its loader needs it)."""

    def pattern(self, path: Path) -> Pattern | list[ContentError]: ...
    def problem(self, path: Path, pattern_id: str, source: str) -> P_co | list[ContentError]: ...
    def problems_in(self, folder: Path, names: list[str], present: Mapping[str, os.DirEntry[str]], pattern_id: str, source: str) -> Sequence[P_co | list[ContentError]]:
        """The problems of ``names``, files of ``folder`` (``present``: its entries by name)."""
        ...


class FileReader:
    """Parses every file it is asked for (``safe_load``, the schema, the module beside it)."""

    def pattern(self, path: Path) -> Pattern | list[ContentError]:
        try:
            data = read_yaml(path)
        except ContentError as exc:
            return [exc]
        errors = pattern_errors(data)
        if errors:
            return to_errors(path, errors)
        assert isinstance(data, dict)
        return build_pattern(data, path)

    def problem(self, path: Path, pattern_id: str, source: str) -> Problem | list[ContentError]:
        try:
            data = read_yaml(path)
        except ContentError as exc:
            return [exc]
        errors = problem_errors(data, pattern_id)
        if errors:
            return to_errors(path, errors)
        assert isinstance(data, dict)
        module = path.with_suffix(".py")
        if not module.exists():
            return [ContentError(path, f"no reference module {module.name} beside the problem")]
        return build_problem(data, pattern_id, path, source)

    def problems_in(self, folder: Path, names: list[str], present: Mapping[str, os.DirEntry[str]], pattern_id: str, source: str) -> list[Problem | list[ContentError]]:
        return [self.problem(folder / name, pattern_id, source) for name in names]


@dataclass
class Catalog(Generic[P]):
    """Every pattern and problem that loaded, and every error met on the way."""

    patterns: list[Pattern] = field(default_factory=list)
    problems: dict[str, P] = field(default_factory=dict)
    errors: list[ContentError] = field(default_factory=list)

    def pattern(self, pattern_id: str) -> Pattern | None:
        return next((p for p in self.patterns if p.id == pattern_id), None)

    def problems_of(self, pattern_id: str) -> list[P]:
        pat = self.pattern(pattern_id)
        return [self.problems[i] for i in pat.problem_ids] if pat else []

    def ordered_problems(self) -> list[P]:
        """Problems in teaching order: by pattern, then as the pattern lists them."""
        return [self.problems[i] for p in self.patterns for i in p.problem_ids]

    def find(self, query: str) -> P:
        """A problem by exact id, or by a unique prefix; KeyError with a helpful message."""
        if query in self.problems:
            return self.problems[query]
        normalized = query.replace("_", "-").lower()
        if normalized in self.problems:
            return self.problems[normalized]
        matches = [pid for pid in self.problems if pid.startswith(normalized)]
        if len(matches) == 1:
            return self.problems[matches[0]]
        if matches:
            raise KeyError(f"ambiguous problem id {query!r}: matches {', '.join(sorted(matches)[:6])}")
        raise KeyError(f"unknown problem id {query!r} (see 'grokpat list')")

    def load(self, query: str) -> Problem:
        """The whole problem (statement, examples, hints...): read from its file when this
        catalog holds only what lists it. KeyError or ContentError when it cannot be had."""
        found = self.find(query)
        if isinstance(found, Problem):
            return found
        pattern = self.pattern(getattr(found, "pattern", ""))
        full = FileReader().problem(found.yaml_path, pattern.id if pattern else "", str(getattr(found, "source", "catalog")))
        if isinstance(full, list):
            raise full[0]
        return full


def roots(pack_dirs: Iterable[Path] | None = None, include_builtin: bool = True) -> list[tuple[Path, str]]:
    """The folders the catalog is read from, with the source each stands for."""
    found: list[tuple[Path, str]] = [(builtin_root(), "catalog")] if include_builtin else []
    return found + [(Path(d), str(d)) for d in (pack_roots() if pack_dirs is None else pack_dirs)]


def load_catalog(pack_dirs: Iterable[Path] | None = None, include_builtin: bool = True) -> Catalog[Problem]:
    """Load the built-in catalog and the packs, every file parsed; errors are collected, not raised."""
    return assemble(roots(pack_dirs, include_builtin), FileReader())


def assemble(folders: list[tuple[Path, str]], reader: Reader[P]) -> Catalog[P]:
    """The catalog of ``folders`` as ``reader`` reads their files: patterns in teaching order,
    each problem once (an id met twice is an error), in its guide's order."""
    catalog: Catalog[P] = Catalog()
    origins: dict[str, tuple[Path, str]] = {}
    seen: set[Path] = set()
    for root, source in folders:
        if not root.is_dir():
            catalog.errors.append(ContentError(root, "pack folder does not exist"))
            continue
        real = Path(os.path.realpath(root))
        if real in seen:  # a pack named twice (or the built-in folder named as a pack) loads once
            continue
        seen.add(real)
        for name in sorted(subfolders(root)):
            _load_folder(catalog, reader, root / name, source, origins)
    catalog.patterns.sort(key=lambda p: (p.order, p.id))
    return catalog


def subfolders(root: Path) -> list[str]:
    """The pattern folders of a catalog folder (hidden and ``_private`` ones left out)."""
    try:
        with os.scandir(root) as entries:
            return [e.name for e in entries if not e.name.startswith((".", "_")) and e.is_dir()]
    except OSError:
        return []


def _listing(folder: Path) -> dict[str, os.DirEntry[str]]:
    """A folder's entries by name (a reader may ``stat`` them without resolving paths again)."""
    try:
        with os.scandir(folder) as entries:
            return {e.name: e for e in entries}
    except OSError:
        return {}


def _load_folder(catalog: Catalog[P], reader: Reader[P], folder: Path, source: str, origins: dict[str, tuple[Path, str]]) -> None:
    present = _listing(folder)
    pattern_file = folder / "pattern.yaml"
    pattern_id = folder.name.replace("_", "-")
    names = sorted(n for n in present if n.endswith(".yaml") and n != "pattern.yaml")
    if "pattern.yaml" in present:
        read = reader.pattern(pattern_file)
        if isinstance(read, list):
            catalog.errors.extend(read)
            return
        if catalog.pattern(read.id):
            catalog.errors.append(at(pattern_file, "id", f"duplicate pattern id {read.id!r}"))
            return
        catalog.patterns.append(read)
        pattern_id = read.id
    elif not catalog.pattern(pattern_id):
        if names:
            catalog.errors.append(ContentError(folder, f"no pattern.yaml, and {pattern_id!r} is not a known pattern"))
        return
    loaded: list[tuple[P, str]] = []
    for name, problem in zip(names, reader.problems_in(folder, names, present, pattern_id, source)):
        if isinstance(problem, list):
            catalog.errors.extend(problem)
        elif problem.id in origins:
            catalog.errors.append(at(folder / name, "id", f"duplicate problem id {problem.id!r} (also in {os.path.join(*origins[problem.id])})"))
        else:
            origins[problem.id] = (folder, name)  # joined only for an error: a pack may hold 10,000
            catalog.problems[problem.id] = problem
            loaded.append((problem, name))
    pattern = catalog.pattern(pattern_id)
    assert pattern is not None
    listed = {pid: i for i, pid in enumerate(pattern.listed)}
    rank = {d: i for i, d in enumerate(DIFFICULTIES)}
    # the guide's order first; problems it does not list (a pack's) after, easy before hard,
    # then by file name (``names`` is sorted and the sort is stable)
    unlisted = len(listed)
    loaded.sort(key=lambda pair: (listed.get(pair[0].id, unlisted), rank[pair[0].difficulty]))
    if pattern.path.parent == folder:
        have = {p.id for p, _ in loaded}
        for pid in pattern.listed:
            if pid not in have:
                catalog.errors.append(at(pattern.path, "problems", f"lists {pid!r}, which is not a problem in {folder}"))
    index = catalog.patterns.index(pattern)
    catalog.patterns[index] = replace(pattern, problem_ids=pattern.problem_ids + tuple(p.id for p, _ in loaded))
