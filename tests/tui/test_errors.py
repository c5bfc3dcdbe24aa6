"""What can go wrong around the app is a clear message in it, never a traceback: a newer
or damaged store, a broken pack, a missing editor."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.tui.conftest import MAX_SUM_FILE, RIGHT, judged, open_problem, plain, screen_text, wait_for

FIXTURE_PACK = Path(__file__).resolve().parents[1] / "fixtures" / "pack"


def newer_store(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(home / "grokpat.db")
    db.execute("PRAGMA user_version = 99")
    db.close()


def damaged_store(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "grokpat.db").write_bytes(b"these are my notes, not a database\n")


@pytest.mark.parametrize("break_it, words", [(newer_store, "written by a newer grokpat"), (damaged_store, "not a grokpat progress store")])
async def test_a_store_that_cannot_be_used_is_a_message_and_browsing_still_works(make_app, home: Path, workspace: Path, break_it, words: str, catalog) -> None:
    from tui.screens.pattern import PatternScreen

    break_it(home)
    before = (home / "grokpat.db").read_bytes()
    (workspace / MAX_SUM_FILE).write_text(RIGHT)
    app = make_app(watch=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        assert any(words in text for _, text in app.messages)
        assert words in plain(app.screen.query_one("#today")).replace("\n", " ")
        assert catalog.patterns[0].title in screen_text(app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PatternScreen), "the pattern, without a store")
        await open_problem(pilot)
        await pilot.press("h")
        await pilot.pause()
        assert "cannot record the hint" in app.messages[-1][1]
        await pilot.press("j")  # the judge still judges; the verdict says it was not recorded
        panel = await judged(pilot)
        assert panel.result["verdict"] == "accepted"
        assert "not recorded" in plain(app.screen.query_one("#verdict-head"))
        await pilot.press("r")
        await pilot.pause()
        assert "Reviews cannot be read" in screen_text(app)
    assert (home / "grokpat.db").read_bytes() == before  # left as it was


def broken_pack(root: Path) -> Path:
    """A pack with one file that does not parse and one problem whose reference raises."""
    pack = root / "pack"
    folder = pack / "tree_dfs"
    folder.mkdir(parents=True)
    text = (FIXTURE_PACK / "tree_dfs" / "pack_max_depth.yaml").read_text()
    (folder / "pack_broken_ref.yaml").write_text(text.replace("id: pack-max-depth", "id: pack-broken-ref").replace("(pack copy)", "(broken)"))
    (folder / "pack_broken_ref.py").write_text(
        (FIXTURE_PACK / "tree_dfs" / "pack_max_depth.py").read_text().replace("    best, stack = 0", "    raise RuntimeError('a broken reference')\n    best, stack = 0")
    )
    (folder / "pack_bad.yaml").write_text("id: [unclosed\n")
    return pack


async def test_a_broken_pack_is_a_message_and_its_judge_failure_is_said_in_the_panel(make_app, tmp_path: Path, workspace: Path, monkeypatch) -> None:
    pack = broken_pack(tmp_path)
    monkeypatch.setenv("GROKPAT_PACKS", str(pack))
    (workspace / "pack_broken_ref.py").write_text("def max_depth(root):\n    return 0\n")
    app = make_app(catalog=None, watch=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        assert any("pack_bad.yaml" in text for _, text in app.messages)
        assert "broken file" in plain(app.screen.query_one("#today"))
        await open_problem(pilot, "pack-broken-ref")
        await pilot.press("j")
        panel = await judged(pilot)
        assert panel.phase == "failed"
        head = plain(app.screen.query_one("#verdict-head"))
        assert "the judge could not judge" in head and "a broken reference" in head
        assert "Traceback" not in screen_text(app)


async def test_an_editor_that_is_not_there_is_a_message(make_app, workspace: Path, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR", "/no/such/editor --wait")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert "'/no/such/editor' was not found" in app.messages[-1][1]
        assert (workspace / MAX_SUM_FILE).exists()  # the file is written all the same


async def test_no_editor_at_all_is_a_message(make_app, workspace: Path, tmp_path: Path, monkeypatch) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert "no editor found: set $VISUAL or $EDITOR" in app.messages[-1][1]


def test_the_first_screen_never_imports_hypothesis(tmp_path: Path) -> None:
    """In a fresh interpreter: the home screen drawn from the catalog and the store alone."""
    import subprocess
    import sys

    probe = (
        "import asyncio, sys\n"
        "from tui.app import GrokpatApp\n"
        "async def main():\n"
        "    app = GrokpatApp()\n"
        "    async with app.run_test(size=(140, 45)) as pilot:\n"
        "        await pilot.pause()\n"
        "        assert 'Sliding Window' in str(app.screen.query_one('#patterns')._rows)\n"
        "        print('HEAVY=' + ','.join(m for m in ('hypothesis', 'judge.campaign', 'jinja2', 'fsrs') if m in sys.modules))\n"
        "asyncio.run(main())\n"
    )
    env = {**__import__("os").environ, "GROKPAT_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "HEAVY=\n" in out.stdout, out.stdout
