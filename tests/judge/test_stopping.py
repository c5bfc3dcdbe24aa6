"""A stop whose exception was lost still ends the judgement.

Python ignores an exception raised inside a garbage-collector callback (Hypothesis
installs one), so a signal handler's KeyboardInterrupt or SystemExit can vanish; the
handlers also set ``judge.stopping.STOP``, which the judge polls. Here the flag is set
with no exception at all, the case of a lost one: the judgement must still end at once,
its worker killed, nothing left behind.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.campaign import JudgeOptions, judge_file
from judge.stopping import STOP, Cancelled, request_stop
from tests.judge.conftest import MAX_SUM, Recorder, catalog

SLEEPY = "import time\n\ndef max_sum_subarray(nums, k):\n    time.sleep(60)\n"


@pytest.fixture
def stop_flag() -> Iterator[None]:
    STOP.clear()
    yield
    STOP.clear()  # the flag is the process's: no other test may see it set


def test_a_stop_flag_alone_ends_a_judgement_waiting_on_a_sleeping_solution(tmp_path: Path, recorder: Recorder, stop_flag: None) -> None:
    path = tmp_path / "sleepy.py"
    path.write_text(SLEEPY, encoding="utf-8")
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(judge_file(path, catalog().find(MAX_SUM), JudgeOptions(max_examples=20, seed=1, time_limit=60.0, complexity=False)))
        except BaseException as exc:  # what the judgement ended with is the subject
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    for _ in range(3000):  # until the worker runs the solution
        if recorder.sandboxes and thread.is_alive():
            break
        time.sleep(0.01)
    time.sleep(1.0)
    request_stop()
    thread.join(timeout=30)  # a guard against a hang (the time limit is 60 s), not a timing
    assert not thread.is_alive(), "the judgement went on after the stop flag was set"
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled), outcome
    recorder.assert_nothing_left()


def test_without_the_flag_the_same_judgement_is_not_cancelled(tmp_path: Path, recorder: Recorder, stop_flag: None) -> None:
    # the other side: a short time limit ends it with a verdict, not a cancellation
    path = tmp_path / "sleepy.py"
    path.write_text(SLEEPY, encoding="utf-8")
    result = judge_file(path, catalog().find(MAX_SUM), JudgeOptions(max_examples=20, seed=1, time_limit=0.3, complexity=False))
    assert str(result.verdict) == "time_limit"
    recorder.assert_nothing_left()
