"""The folders are the architecture: problems <- judge <- grokpat <- tui, never upwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ["problems", "judge", "grokpat", "tui"]
# The one upward reach: a bare `grokpat` opens the TUI, imported inside that command only.
ALLOWED = {("grokpat/cli.py", "tui")}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", LAYERS)
def test_no_layer_imports_a_layer_above_it(layer: str) -> None:
    above = set(LAYERS[LAYERS.index(layer) + 1 :])
    for path in (ROOT / layer).rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        upward = {name for name in imported_packages(path) & above if (rel, name) not in ALLOWED}
        assert not upward, f"{rel} imports {upward}"


def test_content_uses_only_problems() -> None:
    for path in (ROOT / "patterns").rglob("*.py"):
        assert not imported_packages(path) & {"judge", "grokpat", "tui"}, path


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_judge_plans_cases_without_validate() -> None:
    for path in (ROOT / "judge").rglob("*.py"):
        assert "problems.validate" not in imported_modules(path), path


def test_tui_widgets_reach_neither_the_store_nor_the_judge() -> None:
    """Widgets get data from their screen and send messages up; only screens (and the app)
    talk to the application layer."""
    for path in (ROOT / "tui" / "widgets").rglob("*.py"):
        reach = {m for m in imported_modules(path) if m.split(".")[0] in ("judge", "problems", "grokpat")}
        assert not reach, f"{path.relative_to(ROOT)} imports {reach}"


def test_the_tui_never_writes_sql() -> None:
    for path in (ROOT / "tui").rglob("*.py"):
        assert "sqlite3" not in imported_modules(path), path
        text = path.read_text()
        assert not any(word in text for word in ("SELECT ", "INSERT ", "UPDATE ")), path
