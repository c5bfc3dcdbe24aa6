"""The probe's walk ahead (``judge.ahead``): what it records, when it pauses, and that the
judge's own walk, replaying the recording, reaches the decision the walk would reach
alone. The thread runs for real; the worker is a stand-in with the two things the
thread uses of it (its start and its ``abandon`` event), and the timings are made up.
The real worker and sandbox are in test_probe_worker.py."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from judge.ahead import AHEAD_CALL_S, ProbeAhead, Recording
from judge.client import Outcome
from judge.errors import JudgeError
from judge.probe import Measurement, Stop, run_probe
from judge.stopping import Cancelled
from judge.verdict import Verdict


class StandInWorker:
    def __init__(self) -> None:
        self.abandon = threading.Event()
        self.sandbox: object | None = object()  # up

    def finish_start(self) -> Outcome:
        return Outcome(Verdict.ACCEPTED)


class Timings:
    """Made-up measurements that count what was asked."""

    def __init__(self, solution: Callable[[int], float], reference: Callable[[int], float] = lambda n: 1e-7 * n) -> None:
        self.solution, self.reference = solution, reference
        self.asked: list[int] = []

    def __call__(self, n: int, quiet: bool) -> Measurement | Stop:
        self.asked.append(n)
        return Measurement(n, self.solution(n), self.reference(n))


def walk_ahead(measure: Callable[[int, bool], Measurement | Stop], lo: int = 256, hi: int = 16384) -> tuple[ProbeAhead, Recording]:
    """Walk ahead to the end (nothing is being drawn), then stop."""
    recording = Recording(measure)
    ahead = ProbeAhead(StandInWorker(), recording, lo, hi)  # type: ignore[arg-type]
    ahead.start()
    ahead.join(10)
    ahead.stop()
    return ahead, recording


def test_the_replayed_walk_decides_what_the_walk_alone_decides_and_asks_nothing_twice() -> None:
    alone = run_probe(Timings(lambda n: 3e-7 * n), 256, 16384)
    timings = Timings(lambda n: 3e-7 * n)
    ahead, recording = walk_ahead(timings)
    assert ahead.outcome().ok
    assert len(recording.entries) >= 4 and all(m.overlapped for _, m in recording.entries if isinstance(m, Measurement))
    replayed = run_probe(recording.replay, 256, 16384)
    assert replayed.decision == alone.decision
    assert [p.n for p in replayed.points] == [p.n for p in alone.points]
    assert len(timings.asked) == len(set(timings.asked))  # the recording answered the replay


def test_the_walk_ahead_pauses_after_a_slow_size() -> None:
    timings = Timings(lambda n: AHEAD_CALL_S * n / 256)
    _, recording = walk_ahead(timings)
    assert timings.asked == [256]
    assert [n for n, _ in recording.entries] == [256]


def test_the_walk_ahead_pauses_before_a_second_pass() -> None:
    # a clear growth, decided from overlapped measurements: their confirmation waits for the judge
    timings = Timings(lambda n: 1e-13 * n * n)  # every call well under AHEAD_CALL_S
    _, recording = walk_ahead(timings)
    assert len(timings.asked) == len(set(timings.asked)) >= 4
    assert run_probe(recording.replay, 256, 16384).decision.name == "SUBOPTIMAL"
    assert len(timings.asked) > len(set(timings.asked))  # the judge measured them again


def test_a_worker_that_went_down_is_not_started_again_from_the_walk_ahead() -> None:
    # (a process started on this thread would get its death signal when the thread ends)
    timings = Timings(lambda n: 1e-7 * n)
    worker = StandInWorker()

    def down_after_first(n: int, quiet: bool) -> Measurement | Stop:
        got = timings(n, quiet)
        worker.sandbox = None  # e.g. killed over a time limit
        return got

    ahead = ProbeAhead(worker, Recording(down_after_first), 256, 16384)  # type: ignore[arg-type]
    ahead.start()
    ahead.join(10)
    ahead.stop()
    assert timings.asked == [256]


def test_a_size_that_takes_too_long_once_the_inputs_are_drawn_is_abandoned() -> None:
    worker = StandInWorker()
    started = threading.Event()

    def hanging(n: int, quiet: bool) -> Measurement | Stop:
        started.set()
        if not worker.abandon.wait(30):  # as the client's wait does when abandoned
            raise AssertionError("never abandoned")
        raise Cancelled

    recording = Recording(hanging)
    ahead = ProbeAhead(worker, recording, 256, 16384)  # type: ignore[arg-type]
    ahead.start()
    assert started.wait(10)
    ahead.stop()
    assert not ahead.is_alive() and not worker.abandon.is_set()
    assert ahead.outcome().ok  # abandoned by the judge: no error of the walk
    assert not recording.entries


def test_a_cancel_of_the_user_reaches_the_judge() -> None:
    def cancelled(n: int, quiet: bool) -> Measurement | Stop:
        raise Cancelled

    ahead, _ = walk_ahead(cancelled)
    with pytest.raises(Cancelled):
        ahead.outcome()


def test_a_judge_error_ahead_is_raised_by_the_judges_own_walk() -> None:
    calls: list[int] = []

    def broken(n: int, quiet: bool) -> Measurement | Stop:
        calls.append(n)
        raise JudgeError("p", f"probe({n}) failed")

    ahead, recording = walk_ahead(broken)
    assert ahead.outcome().ok and not recording.entries
    with pytest.raises(JudgeError, match="probe"):
        run_probe(recording.replay, 256, 16384)
    assert calls == [256, 256]


def test_a_judge_error_while_the_worker_starts_reaches_the_judge() -> None:
    class FailingStart(StandInWorker):
        def finish_start(self) -> Outcome:
            raise JudgeError("load", "the judge's worker failed")

    ahead = ProbeAhead(FailingStart(), Recording(Timings(lambda n: 1e-7 * n)), 256, 16384)  # type: ignore[arg-type]
    ahead.start()
    ahead.stop()
    with pytest.raises(JudgeError, match="worker failed"):
        ahead.outcome()


def test_a_replay_that_leaves_the_recording_measures_afresh() -> None:
    fresh = Timings(lambda n: 2e-7 * n)
    recording = Recording(fresh)
    recording.entries.extend([(256, Measurement(256, 1.0, 1.0)), (362, Measurement(362, 1.0, 1.0))])
    assert recording.replay(256, False) == Measurement(256, 1.0, 1.0)
    assert recording.replay(512, False) == fresh(512, False)  # not what was recorded next
    assert not recording.entries
