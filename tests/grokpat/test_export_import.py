"""Export and import: the whole store as JSON Lines, merged back without duplicates, losslessly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from grokpat.cli import cli
from grokpat.drill import Drill
from grokpat.mock import Mocks
from grokpat.practice import Practice
from grokpat.store import Store, StoreError, export_lines, import_lines
from problems.index import load_index

T0 = 1_800_000_000.0
DAY = 86400.0


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> float:
        return self.at


def rich_store(path: Path, tmp: Path) -> Store:
    """A store with attempts, hints, a reveal, a review, a mock and drill answers."""
    store = Store(path)
    clock = Clock()
    practice = Practice(load_index(pack_dirs=[]), store, clock)
    solution = tmp / "s.py"
    solution.write_text("pass\n")

    def judge(problem: str, verdict: str) -> None:
        clock.at += 60
        practice.record({"file": str(solution), "problem": problem, "verdict": verdict, "passed": 3, "total": 9, "elapsed_s": 0.5,
                         "counterexample": {"input": {"n": 1}, "expected": 2, "actual": 3, "error": None, "reason": "wrong"} if verdict == "wrong_answer" else None,
                         "complexity": {"measured": "O(n)"} if verdict == "accepted" else None}, started_at=clock.at - 1)

    judge("happy-number", "wrong_answer")
    judge("happy-number", "accepted")
    practice.take_hints("pair-with-target-sum")
    judge("pair-with-target-sum", "accepted")
    clock.at += 60
    practice.reveal("max-sum-subarray-of-size-k")
    clock.at += 30 * DAY
    judge("happy-number", "accepted")  # a review
    mocks = Mocks(practice)
    session = mocks.start(minutes=20, count=2, directory=tmp / "ws", seed=1)
    mocks.name_pattern(session.problems[0]["id"], "two-pointers")
    judge(session.problems[0]["id"], "accepted")
    clock.at += 20 * 60
    mocks.close_if_over()
    drill = Drill(practice)
    drill.answer(drill.question("linked-list-cycle"), "fast-slow-pointers", 4)
    clock.at += 10
    drill.answer(drill.question("subsets"), "backtracking", 12)
    return store


def test_export_import_export_gives_the_same_lines(tmp_path: Path) -> None:
    original = rich_store(tmp_path / "a.db", tmp_path)
    first = list(export_lines(original))
    kinds = {json.loads(line).get("record") for line in first[1:]}
    assert kinds == {"attempt", "hint", "reveal", "card", "review", "mock", "drill"}
    with Store(tmp_path / "b.db") as copy:
        added = import_lines(copy, iter(first))
        assert sum(added.values()) == len(first) - 1
        assert list(export_lines(copy)) == first
        assert copy.progress() == original.progress()  # rebuilt from the history, as recorded
        assert copy.active_days() == original.active_days()
        assert import_lines(copy, iter(first)) == {}  # nothing twice
        assert list(export_lines(copy)) == first
    original.close()


def test_import_merges_two_stores(tmp_path: Path) -> None:
    a = rich_store(tmp_path / "a.db", tmp_path)
    with Store(tmp_path / "c.db") as other:
        clock = Clock()
        clock.at = T0 - DAY
        practice = Practice(load_index(pack_dirs=[]), other, clock)
        (tmp_path / "t.py").write_text("pass\n")
        practice.record({"file": str(tmp_path / "t.py"), "problem": "trapping-rain-water", "verdict": "accepted", "passed": 1, "total": 1, "elapsed_s": 1})
        import_lines(other, export_lines(a))
        problems = {p.problem for p in other.progress()}
        assert {"trapping-rain-water", "happy-number", "pair-with-target-sum"} <= problems
        assert other.total_attempts() == a.total_attempts() + 1
    a.close()


@pytest.mark.parametrize("text, says", [("", "empty"), ("{not json\n", "not a JSON line"), ('{"grokpat_export": 99}\n', "not a grokpat export"),
                                         ('{"grokpat_export": 1, "schema": 999}\n', "newer grokpat"),
                                         ('{"grokpat_export": 1, "schema": 1}\n{"record": "attempt"}\n', "nothing was imported")])
def test_a_bad_import_is_refused_whole(tmp_path: Path, text: str, says: str) -> None:
    with Store(tmp_path / "d.db") as store:
        with pytest.raises(StoreError, match=says):
            import_lines(store, iter(text.splitlines()))
        assert store.total_attempts() == 0


def test_the_cli_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rich_store(tmp_path / "home" / "grokpat.db", tmp_path).close()
    monkeypatch.setenv("GROKPAT_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    out = tmp_path / "progress.jsonl"
    assert runner.invoke(cli, ["export", "--out", str(out)]).exit_code == 0
    monkeypatch.setenv("GROKPAT_HOME", str(tmp_path / "fresh"))
    result = runner.invoke(cli, ["import", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["attempt"] == 5
    assert runner.invoke(cli, ["export"]).stdout == out.read_text()
    bad = runner.invoke(cli, ["import", str(tmp_path / "missing.jsonl")])
    assert bad.exit_code == 2 and "cannot read" in bad.stderr
