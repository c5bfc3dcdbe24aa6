"""Mock interviews on a real store and an injected clock (no sleeps)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from grokpat.cli import cli
from grokpat.errors import UserError
from grokpat.mock import Mocks
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
def catalog():  # type: ignore[no-untyped-def]
    return load_index(pack_dirs=[])


def open_mocks(db: Path, catalog, clock: Clock) -> tuple[Store, Mocks]:  # type: ignore[no-untyped-def]
    store = Store(db)
    return store, Mocks(Practice(catalog, store, clock))


def judged(mocks: Mocks, problem: str, verdict: str, tmp: Path, started_at: float | None = None, complexity: dict | None = None) -> None:
    path = tmp / f"{problem.replace('-', '_')}.py"
    if not path.exists():
        path.write_text("# solution\n")
    result = {"file": str(path), "problem": problem, "verdict": verdict, "passed": 1, "total": 1, "elapsed_s": 1.0, "complexity": complexity}
    mocks.practice.record(result, started_at=started_at)


def test_the_deadline_survives_a_restart_and_closes_the_session(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    store, mocks = open_mocks(tmp_path / "g.db", catalog, clock)
    session = mocks.start(minutes=30, count=2, directory=tmp_path / "ws", seed=1)
    assert session.ends_at == T0 + 1800
    store.close()  # the process ends
    clock.at = T0 + 600
    store, mocks = open_mocks(tmp_path / "g.db", catalog, clock)  # another process, later
    status = mocks.status()
    assert status["active"] and status["remaining_s"] == 1200
    store.close()
    clock.at = T0 + 1801
    store, mocks = open_mocks(tmp_path / "g.db", catalog, clock)
    assert mocks.status() == {"active": False, "remaining_s": 0, "problems": []}  # any command after the deadline closes it
    assert [r["id"] for r in mocks.history()] == [session.id]
    store.close()


def test_only_judgements_inside_the_deadline_count(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    store, mocks = open_mocks(tmp_path / "g.db", catalog, clock)
    session = mocks.start(minutes=10, count=2, directory=tmp_path, seed=2)
    first, second = (p["id"] for p in session.problems)
    clock.at = T0 + 300
    judged(mocks, first, "wrong_answer", tmp_path, started_at=T0 + 290)
    clock.at = T0 + 605  # started before the deadline, ended after it: not finished
    judged(mocks, second, "accepted", tmp_path, started_at=T0 + 590)
    report = mocks.end()
    by_id = {p["id"]: p for p in report["problems"]}
    assert (by_id[first]["verdict"], by_id[first]["attempts"]) == ("wrong_answer", 1)
    assert (by_id[second]["verdict"], by_id[second]["attempts"]) == ("not attempted", 0)
    assert store.progress(second)[0].attempts == 1  # still recorded, as practice
    store.close()


def test_a_second_mock_is_refused_while_one_runs(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    store, mocks = open_mocks(tmp_path / "g.db", catalog, Clock())
    mocks.start(minutes=10, count=1, directory=tmp_path, seed=3)
    with pytest.raises(UserError, match="already running"):
        mocks.start(minutes=10, count=1, directory=tmp_path, seed=4)
    store.close()


def test_the_report_of_one_solved_and_one_unsolved_problem(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    store, mocks = open_mocks(tmp_path / "g.db", catalog, clock)
    session = mocks.start(minutes=40, count=2, directory=tmp_path, seed=5)
    solved, unsolved = (p["id"] for p in session.problems)
    truth = catalog.problems[solved].pattern
    mocks.name_pattern(solved, truth)
    mocks.claim(solved, "O(n)")
    wrong_pattern = next(p.id for p in catalog.patterns if p.id != catalog.problems[unsolved].pattern)
    mocks.name_pattern(unsolved, wrong_pattern)
    clock.at = T0 + 400
    judged(mocks, solved, "wrong_answer", tmp_path, started_at=T0 + 390)
    clock.at = T0 + 1200  # accepted on the second judge, 20 of 40 minutes in
    judged(mocks, solved, "accepted", tmp_path, started_at=T0 + 1190, complexity={"measured": "O(n)", "expected": "O(n)"})
    with pytest.raises(UserError, match="once per problem"):
        mocks.name_pattern(solved, truth)
    clock.at = T0 + 1500
    judged(mocks, unsolved, "time_limit", tmp_path, started_at=T0 + 1490)
    clock.at = T0 + 1800
    report = mocks.end()
    by_id = {p["id"]: p for p in report["problems"]}
    # worked by hand: 50 (accepted) + 20 * (1 - 1200/2400) = 10 (speed) + 5 (second judge)
    # + 10 (pattern right) + 10 (claim = measured) = 85; the unsolved one: 0 (its pattern named wrong)
    assert by_id[solved] | {} == by_id[solved] and by_id[solved]["score"] == 85.0
    assert (by_id[solved]["verdict"], by_id[solved]["attempts"], by_id[solved]["time_to_accept_s"]) == ("accepted", 2, 1200.0)
    assert (by_id[solved]["pattern_right"], by_id[solved]["complexity_measured"]) == (True, "O(n)")
    assert (by_id[unsolved]["verdict"], by_id[unsolved]["pattern_right"], by_id[unsolved]["score"]) == ("time_limit", False, 0.0)
    assert report["score"] == 42.5 and report["duration_s"] == 1800.0
    assert set(report) >= {"id", "problems", "score", "duration_s"}
    assert set(by_id[solved]) >= {"id", "verdict", "attempts", "time_to_accept_s", "pattern_named", "pattern_right", "complexity_claimed", "complexity_measured"}
    # the store learns from it: the solved one is a cold solve with a card; the unsolved one comes back soon
    assert store.progress(solved)[0].cold is True
    assert store.card(unsolved) is not None and store.card(unsolved).due < clock.at + 86400  # type: ignore[union-attr]
    store.close()


def test_a_pattern_named_after_the_accept_does_not_count(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    store, mocks = open_mocks(tmp_path / "g.db", catalog, clock)
    pid = mocks.start(minutes=10, count=1, directory=tmp_path, seed=8).problems[0]["id"]
    clock.at += 60
    judged(mocks, pid, "accepted", tmp_path, started_at=clock.at - 1)
    with pytest.raises(UserError, match="already accepted"):
        mocks.name_pattern(pid, catalog.problems[pid].pattern)
    store.close()


def test_hints_are_refused_during_a_mock_unless_anyway(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    store, mocks = open_mocks(tmp_path / "g.db", catalog, Clock())
    session = mocks.start(minutes=10, count=1, directory=tmp_path, seed=6)
    pid = session.problems[0]["id"]
    with pytest.raises(UserError, match="mock interview"):
        mocks.help_refused(pid, anyway=False)
    assert mocks.help_refused(pid, anyway=True) == session.id
    assert mocks.report(session.id, T0)["problems"][0]["helped"] is True
    store.close()


def test_a_mock_never_picks_a_met_problem_while_unseen_ones_remain(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    store, mocks = open_mocks(tmp_path / "g.db", catalog, clock)
    pattern = catalog.pattern("sliding-window")
    eligible = [pid for pid in pattern.problem_ids if not mocks.names_its_pattern(catalog.problems[pid])]
    for pid in eligible[:-1]:
        clock.at += 60
        judged(mocks, pid, "wrong_answer", tmp_path)
    clock.at += 60
    session = mocks.start(minutes=5, count=1, patterns=("sliding-window",), directory=tmp_path, seed=7)
    assert [p["id"] for p in session.problems] == [eligible[-1]]
    mocks.end()
    for seed in range(5):  # all met: the least recently met comes first
        clock.at += 60
        session = mocks.start(minutes=5, count=1, patterns=("sliding-window",), directory=tmp_path, seed=seed)
        assert session.problems[0]["id"] == eligible[0]
        mocks.end()
        judged(mocks, eligible[0], "wrong_answer", tmp_path)
        eligible = eligible[1:] + eligible[:1]
    store.close()


def test_mock_problems_come_from_different_patterns_and_the_seed_repeats(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    picks = []
    for run in range(2):
        store, mocks = open_mocks(tmp_path / f"g{run}.db", catalog, Clock())
        session = mocks.start(minutes=30, count=4, directory=tmp_path / f"ws{run}", seed=11)
        picks.append([p["id"] for p in session.problems])
        store.close()
    assert picks[0] == picks[1]
    assert len({catalog.problems[pid].pattern for pid in picks[0]}) == 4


def test_the_stubs_do_not_reveal_the_pattern(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    store, mocks = open_mocks(tmp_path / "g.db", catalog, Clock())
    session = mocks.start(minutes=30, count=6, directory=tmp_path / "ws", seed=12)
    for item in session.problems:
        text = Path(item["file"]).read_text().lower()
        problem = catalog.problems[item["id"]]
        pattern = catalog.pattern(problem.pattern)
        assert pattern.title.lower() not in text and problem.pattern not in text, item
        assert not any(f"{tag}" in text for tag in problem.tags if tag == problem.pattern), item
        assert f"# grokpat: {problem.id}" in text  # the judge still knows which problem it is
    store.close()


def test_the_cli_json_shapes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROKPAT_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    started = runner.invoke(cli, ["mock", "start", "--minutes", "30", "--problems", "2", "--dir", str(tmp_path / "ws"), "--seed", "1", "--json"])
    assert started.exit_code == 0, started.output
    data = json.loads(started.stdout)
    assert set(data) == {"id", "problems", "started_at", "ends_at"} and set(data["problems"][0]) == {"id", "title", "file"}
    again = runner.invoke(cli, ["mock", "start", "--dir", str(tmp_path / "ws")])
    assert again.exit_code == 2 and "already running" in again.stderr
    status = json.loads(runner.invoke(cli, ["mock", "status", "--json"]).stdout)
    assert set(status) == {"active", "remaining_s", "problems"} and set(status["problems"][0]) >= {"id", "verdict", "attempts"}
    hint = runner.invoke(cli, ["hint", data["problems"][0]["id"]])
    assert hint.exit_code == 2 and "mock interview" in hint.stderr
    report_file = tmp_path / "report.md"
    ended = runner.invoke(cli, ["mock", "end", "--json", "--report", str(report_file)])
    assert ended.exit_code == 0, ended.output
    report = json.loads(ended.stdout)
    assert {"id", "problems", "score", "duration_s"} <= set(report)
    assert report_file.read_text().startswith(f"# Mock interview #{report['id']}")
    history = json.loads(runner.invoke(cli, ["mock", "history", "--json"]).stdout)
    assert [r["id"] for r in history] == [report["id"]]
