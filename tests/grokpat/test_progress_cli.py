"""The progress commands through the CLI (click's CliRunner), each on its own store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from grokpat.cli import cli
from grokpat.store import Store

GOOD = """# grokpat: max-sum-subarray-of-size-k
def max_sum_subarray(nums, k):
    window = best = sum(nums[:k])
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k]
        best = max(best, window)
    return best
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("GROKPAT_HOME", str(folder))
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.stdout, result.stderr


def attempts(home: Path) -> int:
    with Store(home / "grokpat.db") as store:
        return store.total_attempts()


def test_judge_records_unless_told_not_to(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "solution.py"
    path.write_text(GOOD)
    assert run("judge", str(path), "--no-complexity", "--max-examples", "10", "--no-record")[0] == 0
    assert not (home / "grokpat.db").exists()
    assert run("judge", str(path), "--no-complexity", "--max-examples", "10")[0] == 0
    assert attempts(home) == 1
    code, out, _ = run("list", "--pattern", "sliding-window", "--json")
    statuses = {p["id"]: p["status"] for p in json.loads(out)}
    assert statuses["max-sum-subarray-of-size-k"] == "solved" and statuses["minimum-window-substring"] == "unseen"
    code, out, _ = run("list", "--status", "solved")
    assert code == 0 and out.split()[1] == "max-sum-subarray-of-size-k" and len(out.strip().splitlines()) == 1
    code, out, _ = run("patterns", "--json")
    first = json.loads(out)[0]
    assert (first["id"], first["solved"], first["attempted"], first["due"]) == ("sliding-window", 1, 0, 0)


def test_hints_one_at_a_time_then_all_then_none(home: Path) -> None:
    code, out, _ = run("hint", "happy-number")
    assert code == 0 and "Hint 1 of" in out and "2 more" in out
    code, out, _ = run("hint", "happy-number", "--all")
    assert code == 0 and "Hint 2 of" in out and "Hint 3 of" in out
    code, out, _ = run("hint", "happy-number")
    assert code == 0 and "No hints left" in out
    with Store(home / "grokpat.db") as store:
        assert store.hints_taken("happy-number") == 3


def test_hints_and_the_solution_as_json(home: Path) -> None:
    code, out, _ = run("hint", "happy-number", "--json")
    first = json.loads(out)
    assert code == 0 and first["id"] == "happy-number" and first["taken"] == 1 and [h["number"] for h in first["new"]] == [1]
    code, out, _ = run("hint", "happy-number", "--all", "--json")
    rest = json.loads(out)
    assert [h["number"] for h in rest["new"]] == list(range(2, rest["total"] + 1)) and rest["taken"] == rest["total"]
    assert [h["text"] for h in rest["seen"][:1]] == [h["text"] for h in first["new"]]
    code, out, _ = run("solution", "happy-number", "--yes", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["give_up"] is True and "def is_happy(" in shown["source"]
    assert "brute_force" not in shown["source"]


def test_the_solution_before_a_solve_is_a_give_up(home: Path) -> None:
    code, _, err = run("solution", "max-sum-subarray-of-size-k")
    assert code == 2 and "--yes" in err and err.count("\n") == 1
    code, out, _ = run("solution", "max-sum-subarray-of-size-k", "--yes")
    assert code == 0 and "def max_sum_subarray(" in out and "brute_force" not in out and "give-up" in out
    with Store(home / "grokpat.db") as store:
        row = store.progress("max-sum-subarray-of-size-k")[0]
        assert row.revealed and store.card("max-sum-subarray-of-size-k") is not None


def test_review_and_next_json_shapes(home: Path, tmp_path: Path) -> None:
    code, out, _ = run("review", "--json")
    assert code == 0 and json.loads(out) == []
    run("solution", "happy-number", "--yes")
    code, out, _ = run("next", "--json")
    suggestion = json.loads(out)
    assert set(suggestion) == {"id", "title", "pattern", "difficulty", "reason", "why"}
    assert suggestion["reason"] in ("review", "weakest-pattern", "stretch")
    code, out, _ = run("next", "--start", "--dir", str(tmp_path / "ws"))
    assert code == 0 and "wrote" in out
    assert list((tmp_path / "ws").iterdir())


def test_stats_text_names_the_definitions(home: Path) -> None:
    code, out, _ = run("stats")
    assert code == 0 and "Sliding Window" in out and "solved cold" in out
    code, out, _ = run("stats", "--pattern", "two-pointers", "--json")
    assert code == 0 and json.loads(out)["history"] == []
    code, _, err = run("stats", "--pattern", "no-such")
    assert code == 2 and "unknown pattern" in err
