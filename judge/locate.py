"""Which problem a solution file is for: --problem, a ``# grokpat: ID`` line, or its name."""

from __future__ import annotations

import re
from pathlib import Path

from problems.catalog import Catalog
from problems.model import Problem

HEADER = re.compile(r"^\s*#\s*grokpat:\s*([A-Za-z0-9_-]+)\s*$")


def header_id(path: Path, max_lines: int = 30) -> str | None:
    """The id on a ``# grokpat: ID`` line near the top of the file."""
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for _, line in zip(range(max_lines), fh):
                m = HEADER.match(line)
                if m:
                    return m.group(1)
    except OSError:
        return None
    return None


def locate_problem(path: Path, catalog: Catalog, explicit: str | None = None) -> Problem:
    """The problem for ``path``; KeyError (with the reason) when unknown or ambiguous."""
    query = explicit or header_id(path) or path.stem.replace("_", "-")
    try:
        return catalog.find(query)
    except KeyError as exc:
        how = "--problem" if explicit else "its '# grokpat: ID' line" if header_id(path) else "its file name"
        raise KeyError(f"{path}: {exc.args[0]} (from {how}; pass --problem ID)") from None
