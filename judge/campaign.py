"""Judge one solution file: examples, generated cases, shrinking, complexity probe.

The reference runs here, in the judge; the solution runs in the worker on its own
copy of every input. The cases are planned by ``problems.cases`` (examples, small
corners, generated inputs, large corners). Hypothesis generates the inputs and, on a
failure, shrinks it to the smallest input it finds that fails *the same way*, within a
time budget of the judge's own (its shrinker could otherwise run for minutes).
Hypothesis is driven from code (``find`` with a condition that records what it sees),
never by parsing its messages, and with no example database, so nothing is written
to the user's folder.

Whatever goes wrong in the judge's own machinery (the reference, a pack's strategy,
checker or probe) is a ``JudgeError``, never the learner's verdict and never
``accepted``.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Callable

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis.errors import Flaky, FlakyFailure, NoSuchExample

from judge import probe as probing
from judge.client import Outcome, WorkerClient
from judge.errors import JudgeError
from judge.limits import Limits
from judge.verdict import Counterexample, JudgeResult, Verdict
from problems.calling import CallSpec, call
from problems.cases import CasePlan, input_strategy, plan, probe_input, why_wrong
from problems.model import Problem
from problems.reduce import size_of, smaller_inputs
from problems.reference import Reference, load_reference

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class JudgeOptions:
    """How hard and how long to judge."""

    max_examples: int = 200
    seed: int | None = None
    complexity: bool = True
    time_limit: float = 2.0  # wall-clock seconds per case
    memory_mb: int = 512
    shrink_budget: float = 5.0  # seconds the shrinker may spend after the first failure


@dataclass
class Failure:
    """A case the solution failed, and how."""

    verdict: Verdict
    inputs: dict[str, Any]
    expected: Any
    actual: Any = None
    error: str | None = None
    reason: str | None = None

    def counterexample(self) -> Counterexample:
        return Counterexample(self.inputs, self.expected, self.actual, self.error, self.reason)


class _StopSearch(BaseException):
    """Ends Hypothesis's search from inside a test (a BaseException, so it is not a 'failure')."""


class _Abort(BaseException):
    """Carries a JudgeError out of Hypothesis, which would otherwise shrink it as a 'bug'."""

    def __init__(self, error: JudgeError) -> None:
        super().__init__(error)
        self.error = error


def judge_file(path: Path, problem: Problem, options: JudgeOptions, progress: Progress | None = None, cancel: threading.Event | None = None) -> JudgeResult:
    """The verdict on one solution file (the caller has checked that it exists). Setting
    ``cancel`` (from another thread) ends the judgement within a moment: the worker is
    killed and ``judge.client.Cancelled`` raised."""
    started = time.monotonic()
    ref = load_reference(problem)
    spec = CallSpec.for_problem(problem)
    source = path.read_text(encoding="utf-8", errors="replace")
    load = {
        "op": "load",
        "source": source,
        "filename": str(path),
        "spec": spec.to_json(),
        "reference": {"path": str(problem.module_path)},
        "compare": problem.compare,
    }
    result = JudgeResult(file=str(path), problem=problem.id, verdict=Verdict.ACCEPTED)
    with WorkerClient(Limits(memory_mb=options.memory_mb), load, load_timeout=5.0 + 2 * options.time_limit, cancel=cancel) as worker:
        loaded = worker.start()
        result.sandbox = list(worker.layers)
        if not loaded.ok:
            result.verdict = Verdict.COMPILE_ERROR if loaded.verdict == Verdict.RUNTIME_ERROR else loaded.verdict
            result.message = loaded.error or "the solution could not be loaded"
        else:
            _Campaign(problem, ref, spec, worker, options, progress).run(result)
        result.stdout = worker.stdout + (f"\n[... {worker.dropped} more characters not kept]" if worker.dropped else "")
    result.elapsed_s = time.monotonic() - started
    return result


class _Campaign:
    def __init__(self, problem: Problem, ref: Reference, spec: CallSpec, worker: WorkerClient, options: JudgeOptions, progress: Progress | None) -> None:
        self.problem, self.ref, self.spec, self.worker, self.options = problem, ref, spec, worker, options
        self.progress = progress or (lambda stage, done, total: None)
        self.plan: CasePlan = plan(problem, ref, options.max_examples)
        self.passed = 0
        self.ran = 0
        self.failure: Failure | None = None
        self.shrink_deadline: float | None = None

    def run(self, result: JudgeResult) -> None:
        fixed = self.run_cases(self.plan.first)
        if self.failure is None:
            self.generated()
        if self.failure is None:
            fixed = self.run_cases(list(self.plan.large_edges))
        result.passed, result.ran = self.passed, self.ran
        if self.failure is not None:
            if fixed:
                self.shrink_fixed()
            result.total = self.plan.total
            result.verdict = self.failure.verdict
            result.counterexample = self.failure.counterexample()
            result.message = self.failure.reason or self.failure.error or ""
            return
        result.total = self.passed
        if self.options.complexity and self.problem.complexity is not None:
            self.probe(result)

    def run_cases(self, cases: list[dict[str, Any]]) -> bool:
        """Fixed cases in order, up to the first failure; True when one failed."""
        for inputs in cases:
            failure = self.case(inputs)
            if failure:
                self.failure = failure
                return True
        return False

    # --- one case -----------------------------------------------------------------------

    def judge_error(self, message: str) -> JudgeError:
        return JudgeError(self.problem.id, message, self.problem.module_path)

    def case(self, inputs: dict[str, Any]) -> Failure | None:
        """One planned case: counted, and reported as progress."""
        self.ran += 1
        failure = self.attempt(inputs)
        if failure is None:
            self.passed += 1
            self.progress("testing", self.passed, self.plan.total)
        return failure

    def attempt(self, inputs: dict[str, Any], shrinking: bool = False) -> Failure | None:
        """Run the reference here and the solution in the worker; None when they agree.
        While shrinking, an input the reference refuses is simply not a counterexample."""
        try:
            expected = call(self.spec, self.ref.solution, inputs)
        except Exception as exc:  # never blame the learner for the reference
            if shrinking:
                return None
            raise self.judge_error(f"the reference failed on {inputs!r}: {type(exc).__name__}: {exc}") from exc
        outcome: Outcome = self.worker.request({"op": "call", "input": inputs}, timeout=self.options.time_limit)
        if not outcome.ok:
            return Failure(outcome.verdict, inputs, expected, None, outcome.error)
        actual = outcome.reply.get("answer")
        if outcome.reply.get("not_a_node"):
            return Failure(Verdict.WRONG_ANSWER, inputs, expected, actual, reason=outcome.reply["not_a_node"])
        try:
            why = why_wrong(self.problem, self.ref, inputs, expected, actual)
        except Exception as exc:
            raise self.judge_error(f"check() raised {type(exc).__name__}: {exc} on the answer {actual!r}") from exc
        if not why and outcome.reply.get("changed"):
            names = ", ".join(outcome.reply["changed"])
            why = f"the solution changed its input {names}, which the problem asks to leave as it was"
        if why:
            return Failure(Verdict.WRONG_ANSWER, inputs, expected, actual, reason=why)
        return None

    # --- generated cases and shrinking -------------------------------------------------

    def shrink_time_left(self) -> bool:
        if self.shrink_deadline is None:
            self.shrink_deadline = time.monotonic() + self.options.shrink_budget
        return time.monotonic() < self.shrink_deadline

    def generated(self, same_as: Failure | None = None) -> None:
        """Hypothesis's cases, each counted; on a failure, shrink it. With ``same_as``, look
        only for a smaller failure of the same kind (to shrink a failing fixed case)."""

        def fails(inputs: dict[str, Any]) -> bool:
            if (self.failure is not None or same_as is not None) and not self.shrink_time_left():
                raise _StopSearch
            try:
                failure = self.attempt(inputs, shrinking=same_as is not None) if same_as else self.case(inputs)
            except JudgeError as exc:
                raise _Abort(exc) from exc
            if failure is None:
                return False
            if self.failure is None:
                self.failure = failure
                self.progress("shrinking", 0, 0)
                if failure.verdict in (Verdict.TIME_LIMIT, Verdict.MEMORY_LIMIT):
                    raise _StopSearch  # each try would cost a whole limit: report it as found
                return True
            if failure.verdict != self.failure.verdict or (same_as and size_of(failure.inputs) >= size_of(self.failure.inputs)):
                return False  # a smaller input that fails differently is another story
            self.failure = failure
            return True

        config = settings(
            max_examples=self.options.max_examples,
            database=None,
            deadline=None,
            phases=[Phase.generate, Phase.shrink],
            suppress_health_check=list(HealthCheck),
            report_multiple_bugs=False,
        )
        rng = random.Random(self.options.seed) if self.options.seed is not None else random.Random()
        try:
            find(input_strategy(self.problem, self.ref), fails, settings=config, random=rng)
        except (NoSuchExample, _StopSearch):
            pass
        except _Abort as abort:
            raise abort.error from None
        except (Flaky, FlakyFailure):  # a solution that fails only sometimes: what failed is kept
            if self.failure is None:
                raise self.judge_error("the generated cases could not be replayed (a non-deterministic strategy?)") from None
        except Exception as exc:  # the generator itself failed: the judge's error, never an accepted
            where = self.problem.module_path if self.ref.inputs is not None else self.problem.yaml_path
            raise JudgeError(self.problem.id, f"input generation failed: {type(exc).__name__}: {exc}", where) from exc

    def shrink_fixed(self) -> None:
        """A fixed case failed (an example, a corner): look for a smaller input that fails the
        same way, by simplifying it within the spec and by a search among generated inputs."""
        assert self.failure is not None
        found = self.failure
        self.progress("shrinking", 0, 0)
        if found.verdict in (Verdict.TIME_LIMIT, Verdict.MEMORY_LIMIT):
            return
        if self.ref.inputs is None and self.problem.signature.kind == "function":
            improved = True
            while improved and self.shrink_time_left():
                improved = False
                for candidate in smaller_inputs(self.problem.input_spec, self.failure.inputs):
                    if not self.shrink_time_left():
                        break
                    failure = self.attempt(candidate, shrinking=True)
                    if failure is not None and failure.verdict == found.verdict:
                        self.failure = failure
                        improved = True
                        break
        if self.shrink_time_left():
            self.generated(same_as=found)

    # --- complexity --------------------------------------------------------------------

    def probe(self, result: JudgeResult) -> None:
        """Time the solution against the reference on growing inputs (``judge.probe``)."""
        cx = self.problem.complexity
        assert cx is not None
        rng = random.Random(0 if self.options.seed is None else self.options.seed)
        failed: list[tuple[Verdict, str]] = []

        def measure(n: int, quiet: bool) -> probing.Measurement | probing.Stop:
            try:
                inputs = probe_input(self.problem, self.ref, n, rng)
            except Exception as exc:
                if quiet:  # a generator below its sizes: just no point there
                    return probing.Stop.UNAVAILABLE
                raise self.judge_error(f"probe({n}) failed: {type(exc).__name__}: {exc}") from exc
            outcome = self.worker.request(
                {"op": "probe", "input": inputs, "repeats": probing.REPEATS, "budget": probing.SIZE_BUDGET_S},
                timeout=probing.SIZE_BUDGET_S + 2 * self.options.time_limit + 1,
            )
            if outcome.verdict == Verdict.TIME_LIMIT:
                return probing.Stop.TOO_SLOW
            if not outcome.ok or outcome.reply.get("wrong"):
                if quiet:
                    return probing.Stop.UNAVAILABLE
                if outcome.ok:
                    failed.append((Verdict.WRONG_ANSWER, f"wrong answer on a large input (n = {n}) of the complexity probe: {outcome.reply['wrong']}"))
                else:
                    failed.append((outcome.verdict, f"on the complexity probe's input of size n = {n}: {outcome.error}"))
                return probing.Stop.FAILED
            point = probing.Measurement.of(n, outcome.reply["solution"], outcome.reply["reference"])
            return point if point is not None else probing.Stop.UNAVAILABLE

        found = probing.run_probe(measure, cx.probe_min, cx.probe_max, lambda done, total: self.progress("probing", done, total))
        if found.decision == probing.Decision.FAILED:
            result.verdict, result.message = failed[0] if failed else (Verdict.RUNTIME_ERROR, "the complexity probe failed")
            return
        if found.decision == probing.Decision.TIME_LIMIT:
            result.verdict, result.message = Verdict.TIME_LIMIT, found.note
            return
        result.complexity = found.report(cx.time)
        if found.decision == probing.Decision.SUBOPTIMAL and result.complexity is not None:
            result.verdict = Verdict.SUBOPTIMAL
            result.message = f"right answers, but the time grows like {result.complexity.measured} where {result.complexity.expected} is possible"
