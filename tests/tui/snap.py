"""Snapshot comparison of our own (see pyproject.toml for why not pytest-textual-snapshot):
each snapshot is the SVG screenshot Textual exports (``App.export_screenshot``) and the
screen's plain text beside it. The text is compared first, for a readable diff; then the
SVG, for the styles. ``GROKPAT_UPDATE_SNAPSHOTS=1`` writes them anew (look at the SVGs
before committing them)."""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import Any

from tests.tui.conftest import screen_text

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = "GROKPAT_UPDATE_SNAPSHOTS"


def assert_snapshot(app: Any, name: str, out_dir: Path) -> None:
    svg = app.export_screenshot(title=f"grokpat {name}")
    text = screen_text(app)
    svg_path, text_path = SNAPSHOTS / f"{name}.svg", SNAPSHOTS / f"{name}.txt"
    if os.environ.get(UPDATE):
        SNAPSHOTS.mkdir(exist_ok=True)
        svg_path.write_text(svg, encoding="utf-8")
        text_path.write_text(text, encoding="utf-8")
        return
    assert svg_path.exists() and text_path.exists(), f"no snapshot {name!r}: run the test with {UPDATE}=1 and look at {svg_path}"
    (out_dir / f"{name}.svg").write_text(svg, encoding="utf-8")  # what was drawn, to look at when it differs
    want = text_path.read_text(encoding="utf-8")
    if text != want:
        diff = "\n".join(difflib.unified_diff(want.splitlines(), text.splitlines(), "snapshot", "now", lineterm=""))
        raise AssertionError(f"the {name} screen's text changed (drawn: {out_dir / (name + '.svg')}):\n{diff}")
    assert svg == svg_path.read_text(encoding="utf-8"), f"the {name} screen's styles changed: compare {out_dir / (name + '.svg')} with {svg_path}"
