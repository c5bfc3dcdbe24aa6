"""The recognition drill on a real store: answers recorded apart from solving, confused
patterns back sooner, statements that do not give the pattern away."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from grokpat.cli import cli
from grokpat.drill import BLOT, Drill
from grokpat.practice import Practice
from grokpat.store import Store
from problems.index import load_index

T0 = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> float:
        return self.at


@pytest.fixture
def drill(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "g.db")
    clock = Clock()
    yield Drill(Practice(load_index(pack_dirs=[]), store, clock), seconds=30)
    store.close()


def test_answers_are_recorded_as_recognition_apart_from_solving(drill: Drill) -> None:
    right = drill.question("pair-with-target-sum")
    wrong = drill.question("find-the-median" if "find-the-median" in drill.catalog.problems else "median-of-number-stream")
    assert drill.answer(right, "two-pointers", 5).correct
    answer = drill.answer(wrong, "top-k-elements", 10)
    assert not answer.correct and answer.named == "top-k-elements"
    late = drill.answer(drill.question("happy-number"), "fast-slow-pointers", 45)
    assert late.late and not late.correct
    stats = drill.practice.stats()
    assert stats.recognition == {"two-pointers": (1, 1), "two-heaps": (1, 0), "fast-slow-pointers": (1, 0)}
    assert stats.confusions == [("two-heaps", "top-k-elements", 1)]
    assert stats.attempts == 0 and stats.solved == 0  # recognition is not solving


def test_a_confused_problem_comes_back_before_a_recognised_one(drill: Drill) -> None:
    drill.answer(drill.question("pair-with-target-sum"), "two-pointers", 5)
    drill.answer(drill.question("median-of-number-stream"), "top-k-elements", 10)
    right_due = drill.store.card("pair-with-target-sum", "recognition").due  # type: ignore[union-attr]
    wrong_due = drill.store.card("median-of-number-stream", "recognition").due  # type: ignore[union-attr]
    assert wrong_due < right_due
    drill.practice.clock.at = wrong_due + 1  # type: ignore[attr-defined]
    first = drill.choose(3, rng=random.Random(1))[0]
    assert first.problem == "median-of-number-stream"


def test_statements_hide_their_pattern(drill: Drill) -> None:
    for problem in drill.catalog.ordered_problems():
        question = drill.question(problem.id)
        pattern = drill.catalog.pattern(problem.pattern)
        assert pattern.title.lower() not in question.statement.lower(), problem.id
    assert BLOT in drill.question("single-number").statement or "xor" not in drill.question("single-number").statement.lower()


def test_a_drill_varies_its_patterns(drill: Drill) -> None:
    questions = drill.choose(10, rng=random.Random(3))
    assert len({q.pattern for q in questions}) == 10


def test_the_cli_drill_with_answers_on_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROKPAT_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(cli, ["drill", "--count", "3", "--seed", "2", "--json", "-p", "two-pointers", "-p", "trie"], input="two-pointers\n21\nnot-a-pattern\ntrie\n")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] == 3 and len(data["answers"]) == 3
    for answer in data["answers"]:
        assert answer["correct"] == (answer["named"] == answer["pattern"])
    bad = CliRunner().invoke(cli, ["drill", "-p", "no-such-pattern"])
    assert bad.exit_code == 2 and "unknown pattern" in bad.stderr
