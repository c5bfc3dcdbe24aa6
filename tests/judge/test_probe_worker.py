"""The probe in the real worker and sandbox: how often a size runs the solution, and what
the walk ahead (``judge.ahead``) changes, and does not, in a judgement."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from judge.campaign import JudgeOptions, judge_file
from judge.client import WorkerClient
from judge.cores import available_cores
from judge.limits import Limits
from judge.verdict import JudgeResult
from judge.worker import LONG_CALL_S, MIN_RUNS, WARM_UP_CALLS
from problems.calling import CallSpec

from tests.judge.conftest import MAX_SUM, catalog

COUNTING = """
import time

def max_sum_subarray(nums, k):
    print("call")
    time.sleep({sleep})
    return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
"""


def probe_once(tmp_path: Path, source: str, budget: float) -> dict:
    """One probe request (the first, so with its warm-up) in a real worker: its reply and prints."""
    problem = catalog().find(MAX_SUM)
    path = tmp_path / "solution.py"
    path.write_text(source, encoding="utf-8")
    load = {
        "op": "load",
        "source": source,
        "filename": str(path),
        "spec": CallSpec.for_problem(problem).to_json(),
        "reference": {"path": str(problem.module_path)},
        "compare": problem.compare,
    }
    with WorkerClient(Limits(), load) as worker:
        assert worker.start().ok
        outcome = worker.request({"op": "probe", "input": {"nums": list(range(64)), "k": 3}, "repeats": 7, "budget": budget}, timeout=30)
        assert outcome.ok, outcome.error
        return {**outcome.reply, "calls": worker.probe_stdout.count("call")}


def test_a_long_call_is_its_own_warm_up_and_is_timed_at_most_twice(tmp_path: Path) -> None:
    reply = probe_once(tmp_path, COUNTING.format(sleep=LONG_CALL_S * 1.2), budget=LONG_CALL_S)
    # no warm-up: the first run is timed, and past the budget there is no second
    assert reply["calls"] == 1
    assert reply["solution"] >= LONG_CALL_S and reply["wrong"] is None
    assert 0 < reply["reference"] < LONG_CALL_S  # the reference, fast, timed on its own runs


def test_a_short_call_is_warmed_up_and_timed_several_times(tmp_path: Path) -> None:
    reply = probe_once(tmp_path, COUNTING.format(sleep=0), budget=0.05)
    assert reply["calls"] >= WARM_UP_CALLS + MIN_RUNS - 1  # the first run's call is the first warm-up call
    assert reply["solution"] < LONG_CALL_S and reply["wrong"] is None


two_cores = pytest.mark.skipif(len(available_cores()) < 2, reason="the probe walks ahead only when the worker has a core of its own")

PRINTING = """
def max_sum_subarray(nums, k):
    print("n =", len(nums))
    window = best = sum(nums[:k])
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
"""


@two_cores
def test_the_prints_of_the_cases_come_before_the_probes(tmp_path: Path) -> None:
    path = tmp_path / "max_sum_subarray_of_size_k.py"
    path.write_text(PRINTING, encoding="utf-8")
    result = judge_file(path, catalog().find(MAX_SUM), JudgeOptions(max_examples=20, seed=3))
    assert result.verdict == "accepted", result.message
    sizes = [int(line.split("=")[1]) for line in result.stdout.splitlines() if line.startswith("n =")]
    probe_min = catalog().find(MAX_SUM).complexity.probe_min
    first_probe = next(i for i, n in enumerate(sizes) if n >= probe_min)
    assert first_probe > 0 and all(n >= probe_min for n in sizes[first_probe:])  # every case print first


WRONG_SMALL_HANGING_LARGE = """
import time

def max_sum_subarray(nums, k):
    if len(nums) > 100:
        time.sleep(600)
    best = max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
    return best + 1 if len(nums) == 3 else best
"""


@two_cores
def test_a_wrong_answer_on_a_small_input_does_not_wait_for_a_hanging_probe(judge: Callable[..., JudgeResult]) -> None:
    # The walk ahead hangs at its first size; waiting for it would take two 60-second time
    # limits. The cases find the wrong answer on a small corner once the inputs are drawn.
    outcome: list[JudgeResult | BaseException] = []

    def run() -> None:
        try:
            outcome.append(judge(WRONG_SMALL_HANGING_LARGE, complexity=True, time_limit=60.0))
        except BaseException as exc:  # what the judgement ended with is the subject
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=45)  # a guard against a hang (the probe's request may wait 121 s), not a timing
    assert not thread.is_alive(), "the cases waited for the probe's hanging size"
    result = outcome[0]
    assert isinstance(result, JudgeResult), result
    assert result.verdict == "wrong_answer"
    assert result.counterexample is not None and len(result.counterexample.input["nums"]) == 3
