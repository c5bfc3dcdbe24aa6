"""The rules of practice on concrete histories, on a real SQLite store and an injected clock:
FSRS ratings and due dates, the grok score, grokked, retention, the streak, `next`."""

from __future__ import annotations

from pathlib import Path

import pytest

from grokpat.mastery import Encounter, grok_score, grokked
from grokpat.practice import Practice
from grokpat.reviews import Rating
from grokpat.store import Store

DAY = 86400.0
T0 = 1_800_000_000.0  # a fixed instant: every test runs on its own clock


class Clock:
    def __init__(self, at: float = T0) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def practice(tmp_path: Path, catalog, clock: Clock) -> Practice:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "grokpat.db")
    yield Practice(catalog, store, clock)
    store.close()


def judge(practice: Practice, problem: str, verdict: str, tmp: Path) -> None:
    """Record a judgement as ``grokpat judge`` would (the file exists, the verdict is given)."""
    path = tmp / f"{problem.replace('-', '_')}.py"
    path.write_text("# a solution\n")
    practice.record({"file": str(path), "problem": problem, "verdict": verdict, "passed": 1, "total": 1, "elapsed_s": 0.5})


def due_at(practice: Practice, problem: str) -> float:
    card = practice.store.card(problem)
    assert card is not None, problem
    return card.due


# --- FSRS on solve sequences --------------------------------------------------------------


def test_an_easy_solve_comes_back_later_than_a_helped_one_and_a_reveal_first(practice: Practice, clock: Clock, tmp_path: Path) -> None:
    judge(practice, "max-sum-subarray-of-size-k", "accepted", tmp_path)  # first judge, no hint: Easy
    judge(practice, "smallest-subarray-with-given-sum", "wrong_answer", tmp_path)
    judge(practice, "smallest-subarray-with-given-sum", "accepted", tmp_path)  # after a failure: Good
    practice.take_hints("permutation-in-string")
    judge(practice, "permutation-in-string", "accepted", tmp_path)  # after a hint: Hard
    practice.reveal("minimum-window-substring")  # the reference shown: Again
    easy, good, hard, again = (due_at(practice, p) for p in ("max-sum-subarray-of-size-k", "smallest-subarray-with-given-sum", "permutation-in-string", "minimum-window-substring"))
    assert again < hard < good < easy
    assert easy - T0 >= 7 * DAY and again - T0 <= 0.5 * DAY


def test_a_due_card_is_reviewed_by_an_accepted_resolve(practice: Practice, clock: Clock, tmp_path: Path) -> None:
    judge(practice, "happy-number", "accepted", tmp_path)
    first_due = due_at(practice, "happy-number")
    judge(practice, "happy-number", "accepted", tmp_path)  # not due yet: practice, no review
    assert due_at(practice, "happy-number") == first_due and practice.store.review_counts() == {}
    clock.advance(first_due - T0 + DAY)
    assert [r.problem for r in practice.due()] == ["happy-number"]
    assert practice.statuses()["happy-number"] == "due"
    judge(practice, "happy-number", "wrong_answer", tmp_path)
    judge(practice, "happy-number", "accepted", tmp_path)  # the review: accepted after a failure
    assert due_at(practice, "happy-number") > clock.at + DAY
    assert practice.store.review_counts() == {"fast-slow-pointers": (1, 0)}  # done, not right first try
    assert practice.due() == []


def test_the_most_overdue_review_comes_first(practice: Practice, clock: Clock, tmp_path: Path) -> None:
    practice.reveal("happy-number")  # due in hours
    judge(practice, "max-sum-subarray-of-size-k", "accepted", tmp_path)  # due in days
    clock.advance(30 * DAY)
    assert [r.problem for r in practice.due()] == ["happy-number", "max-sum-subarray-of-size-k"]
    assert practice.due()[0].overdue_days > practice.due()[1].overdue_days


# --- the grok score, worked by hand ---------------------------------------------------------


def test_grok_score_and_grokked_on_a_history(practice: Practice, clock: Clock, tmp_path: Path) -> None:
    # sliding window, in this order:
    #   1. max-sum: solved after a failure (the pattern's first solve; before it, so not counted)
    #   2. smallest-subarray: cold                      -> counts, cold
    #   3. k-distinct: a hint, then solved              -> counts, not cold
    #   4. without-repeating: cold                      -> counts, cold
    #   5. replacement: attempted, unsolved             -> counts, not (yet) cold
    steps = [
        ("max-sum-subarray-of-size-k", ["wrong_answer", "accepted"], False),
        ("smallest-subarray-with-given-sum", ["accepted"], False),
        ("longest-substring-with-k-distinct", ["accepted"], True),
        ("longest-substring-without-repeating", ["wrong_answer", "accepted"], False),
        ("longest-repeating-character-replacement", ["wrong_answer"], False),
    ]
    for problem, verdicts, hint_first in steps:
        clock.advance(60)
        if hint_first:
            practice.take_hints(problem)
        for verdict in verdicts:
            clock.advance(60)
            judge(practice, problem, verdict, tmp_path)
    mastery = dict((m.pattern, m) for _, m in practice.mastery())["sliding-window"]
    assert [e.counts for e in mastery.encounters] == [False, True, True, True, True]
    assert [e.cold for e in mastery.encounters] == [True, True, False, True, None]
    assert mastery.grok_score == pytest.approx(2 / 4)
    assert not mastery.grokked  # the last three: helped, cold, unsolved
    assert (mastery.solved, mastery.attempted, mastery.attempts) == (4, 5, 7)
    # three more met and solved cold: the last three first encounters are cold
    for problem in ("permutation-in-string", "minimum-window-substring"):
        clock.advance(60)
        judge(practice, problem, "accepted", tmp_path)
    clock.advance(60)
    judge(practice, "longest-repeating-character-replacement", "accepted", tmp_path)  # solved now, with no hint: cold
    mastery = dict((m.pattern, m) for _, m in practice.mastery())["sliding-window"]
    assert mastery.grok_score == pytest.approx(5 / 6)
    assert mastery.grokked


def test_grok_score_is_unmeasured_until_a_problem_is_met_after_a_solve() -> None:
    assert grok_score([]) is None
    assert grok_score([Encounter("a", 1.0, False, True)]) is None
    assert not grokked([Encounter("a", 1.0, True, True), Encounter("b", 2.0, True, True)])
    assert grokked([Encounter(x, float(i), True, True) for i, x in enumerate("abc")])


def test_stats_json_shape_and_streak(practice: Practice, clock: Clock, tmp_path: Path) -> None:
    from grokpat.views import stats_view

    judge(practice, "happy-number", "accepted", tmp_path)
    clock.advance(DAY)
    judge(practice, "linked-list-cycle", "wrong_answer", tmp_path)
    view = stats_view(practice.stats())
    assert set(view) == {"patterns", "solved", "attempts", "streak_days", "confusions"}
    assert view["solved"] == 1 and view["attempts"] == 2 and view["streak_days"] == 2
    row = next(p for p in view["patterns"] if p["id"] == "fast-slow-pointers")
    assert set(row) == {"id", "title", "total", "solved", "attempted", "attempts", "grok_score", "grokked", "retention", "due", "recognition"}
    assert (row["solved"], row["attempted"], row["attempts"], row["grok_score"], row["retention"]) == (1, 2, 2, 0.0, None)
    clock.advance(3 * DAY)
    assert practice.stats().streak_days == 0


# --- what next ------------------------------------------------------------------------------


def test_next_on_a_fresh_store_is_the_first_problem_of_the_first_pattern(practice: Practice, catalog) -> None:  # type: ignore[no-untyped-def]
    suggestion = practice.next()
    assert suggestion is not None and suggestion.reason == "weakest-pattern"
    first = catalog.patterns[0]
    assert suggestion.problem.id == first.problem_ids[0]


def test_a_due_review_wins(practice: Practice, clock: Clock, tmp_path: Path) -> None:
    judge(practice, "pair-with-target-sum", "accepted", tmp_path)
    clock.advance(60 * DAY)
    suggestion = practice.next()
    assert suggestion is not None and (suggestion.problem.id, suggestion.reason) == ("pair-with-target-sum", "review")


def test_a_weak_pattern_beats_a_strong_one_and_easy_comes_before_hard(practice: Practice, catalog, clock: Clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # two-pointers: strong (solved cold after its first solve); sliding-window: weak (needed hints)
    for problem in catalog.pattern("two-pointers").problem_ids[:2]:
        clock.advance(60)
        judge(practice, problem, "accepted", tmp_path)
    for problem in catalog.pattern("sliding-window").problem_ids[:2]:
        clock.advance(60)
        practice.take_hints(problem)
        judge(practice, problem, "accepted", tmp_path)
    suggestion = practice.next()
    assert suggestion is not None and suggestion.reason == "weakest-pattern"
    assert suggestion.problem.pattern == "sliding-window"
    unseen = catalog.pattern("sliding-window").problem_ids[2:]
    assert suggestion.problem.id == unseen[0]
    ranks = ["easy", "medium", "hard"]
    assert ranks.index(suggestion.problem.difficulty) == min(ranks.index(catalog.problems[p].difficulty) for p in unseen)


def test_when_everything_started_is_grokked_a_stretch(tmp_path: Path, clock: Clock) -> None:
    from problems.catalog import load_catalog

    catalog = load_catalog(pack_dirs=[])
    small = type(catalog)(patterns=[catalog.pattern("sliding-window")], problems={pid: catalog.problems[pid] for pid in catalog.pattern("sliding-window").problem_ids})
    with Store(tmp_path / "s.db") as store:
        practice = Practice(small, store, clock)
        for problem in small.patterns[0].problem_ids[:-1]:
            clock.advance(60)
            judge(practice, problem, "accepted", tmp_path)
        suggestion = practice.next()
        assert suggestion is not None and suggestion.reason == "stretch" and suggestion.problem.id == small.patterns[0].problem_ids[-1]
        clock.advance(60)
        judge(practice, small.patterns[0].problem_ids[-1], "accepted", tmp_path)
        assert practice.next() is None  # nothing left, nothing due yet


def test_ratings_follow_the_solve() -> None:
    from grokpat.reviews import SolveHistory

    assert SolveHistory(1, 0, 0, False).rating == Rating.EASY
    assert SolveHistory(3, 2, 0, False).rating == Rating.GOOD
    assert SolveHistory(1, 0, 2, False).rating == Rating.HARD
    assert SolveHistory(0, 0, 0, True).rating == Rating.AGAIN
