"""Judge one solution file: examples, generated cases, shrinking, complexity probe.

The reference runs here, in the judge; the solution runs in the worker on its own
copy of every input. Hypothesis generates the inputs and, on a failure, shrinks it to
the smallest input it finds that fails *the same way*, within a time budget of the
judge's own (its shrinker could otherwise run for minutes). Hypothesis is driven
from code (``find`` with a condition that records what it sees), never by parsing
its messages, and with no example database, so nothing is written to the user's folder.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis.errors import NoSuchExample

from judge import probe as probing
from judge.client import Outcome, WorkerClient
from judge.sandbox import Limits
from judge.verdict import (
    ACCEPTED,
    COMPILE_ERROR,
    RUNTIME_ERROR,
    SUBOPTIMAL,
    TIME_LIMIT,
    WRONG_ANSWER,
    Counterexample,
    JudgeResult,
)
from problems.calling import CallSpec, call
from problems.model import Problem
from problems.reference import Reference, load_reference
from problems.validate import answers_differ, edge_cases, probe_input, problem_inputs

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

    kind: str
    inputs: dict[str, Any]
    expected: Any
    actual: Any = None
    error: str | None = None
    reason: str | None = None

    def counterexample(self) -> Counterexample:
        return Counterexample(self.inputs, self.expected, self.actual, self.error, self.reason)


class _StopSearch(BaseException):
    """Ends Hypothesis's search from inside a test (a BaseException, so it is not a 'failure')."""


class JudgeFailure(Exception):
    """The judge itself cannot go on (a reference that fails: a bug in the catalog, not the learner's)."""


class _Abort(BaseException):
    """Carries a JudgeFailure out of Hypothesis, which would otherwise shrink it as a 'bug'."""

    def __init__(self, failure: JudgeFailure) -> None:
        super().__init__(failure)
        self.failure = failure


def judge_file(path: Path, problem: Problem, options: JudgeOptions, progress: Progress | None = None) -> JudgeResult:
    """The verdict on one solution file (the caller has checked that it exists)."""
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
    result = JudgeResult(file=str(path), problem=problem.id, verdict=ACCEPTED)
    with WorkerClient(Limits(memory_mb=options.memory_mb), load, load_timeout=5.0 + 2 * options.time_limit) as worker:
        loaded = worker.start()
        if not loaded.ok:
            result.verdict = loaded.kind if loaded.kind != "runtime_error" else COMPILE_ERROR
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
        self.passed = 0
        # Small corners first; the largest ones (long runs of duplicates, deepest trees)
        # after the generated cases, so a failure found early still shrinks small.
        self.small_edges = edge_cases(problem, ref, ("min", "one"))
        self.large_edges = [e for e in edge_cases(problem, ref, ("max",)) if e not in self.small_edges]
        self.planned = len(problem.examples) + len(self.small_edges) + len(self.large_edges) + options.max_examples
        self.failure: Failure | None = None

    def run(self, result: JudgeResult) -> None:
        self.run_cases([e.input for e in self.problem.examples] + self.small_edges)
        if self.failure is None:
            self.generated()
        if self.failure is None:
            self.run_cases(self.large_edges)
        result.passed = self.passed
        if self.failure is not None:
            result.total = self.planned
            result.verdict = self.failure.kind
            result.counterexample = self.failure.counterexample()
            result.message = self.failure.reason or self.failure.error or ""
            return
        result.total = self.passed
        if self.options.complexity and self.problem.complexity is not None:
            self.probe(result)

    def run_cases(self, cases: list[dict[str, Any]]) -> None:
        """Fixed cases in order, up to the first failure."""
        for inputs in cases:
            failure = self.case(inputs)
            if failure:
                self.failure = failure
                return

    # --- one case -----------------------------------------------------------------------

    def case(self, inputs: dict[str, Any]) -> Failure | None:
        """Run the reference here and the solution in the worker; None when they agree."""
        try:
            expected = call(self.spec, self.ref.solution, inputs)
        except Exception as exc:  # noqa: BLE001 - never blame the learner for the reference
            raise JudgeFailure(f"the reference of {self.problem.id} failed on {inputs!r}: {type(exc).__name__}: {exc} (a catalog bug; please report it)") from exc
        outcome: Outcome = self.worker.request({"op": "call", "input": inputs}, timeout=self.options.time_limit)
        if not outcome.ok:
            return Failure(outcome.kind or RUNTIME_ERROR, inputs, expected, None, outcome.error)
        actual = outcome.reply.get("answer")
        why = answers_differ(self.problem, self.ref, inputs, expected, actual)
        if not why and outcome.reply.get("changed"):
            names = ", ".join(outcome.reply["changed"])
            why = f"the solution changed its input {names}, which the problem asks to leave as it was"
        if why:
            return Failure(WRONG_ANSWER, inputs, expected, actual, reason=why)
        self.passed += 1
        self.progress("testing", self.passed, self.planned)
        return None

    # --- generated cases and shrinking -------------------------------------------------

    def generated(self) -> None:
        shrink_started: list[float] = []

        def fails(inputs: dict[str, Any]) -> bool:
            if shrink_started and time.monotonic() - shrink_started[0] > self.options.shrink_budget:
                raise _StopSearch
            try:
                failure = self.case(inputs)
            except JudgeFailure as exc:
                raise _Abort(exc) from exc
            if failure is None:
                return False
            if self.failure is None:
                self.failure = failure
                shrink_started.append(time.monotonic())
                self.progress("shrinking", 0, 0)
                if failure.kind in (TIME_LIMIT, "memory_limit"):
                    raise _StopSearch  # each try would cost a whole limit: report it as found
                return True
            if failure.kind != self.failure.kind:
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
            find(problem_inputs(self.problem, self.ref), fails, settings=config, random=rng)
        except (NoSuchExample, _StopSearch):
            pass
        except _Abort as abort:
            raise abort.failure from None
        except Exception:  # noqa: BLE001 - Hypothesis gave up (flaky, unsatisfiable): keep what we saw
            pass

    # --- complexity --------------------------------------------------------------------

    def probe(self, result: JudgeResult) -> None:
        """Grow n until the largest size or until the solution gets slow; when it got slow
        before covering a wide enough range of n, add smaller sizes below the first one."""
        cx = self.problem.complexity
        assert cx is not None
        self.rng = probing.seeded(self.options.seed)
        points: list[probing.Measurement] = []
        note = ""
        timed_out = False
        upward = probing.sizes(cx.probe_min, cx.probe_max)
        for i, n in enumerate(upward):
            self.progress("probing", i, len(upward))
            point = self.measure(n, result)
            if point is None:
                return  # the verdict is set: a wrong answer or an error on a large input
            if point == TIME_LIMIT:
                timed_out = True
                note = f"at n = {n} one call took over {self.probe_timeout():g} s"
                break
            points.append(point)
            slow, growth = probing.is_suboptimal(points)
            if slow and growth >= probing.CONFIRM_BELOW:
                break  # the growth is already beyond doubt: no need to wait for larger n
            if point.solution > probing.SLOW_CALL_S:
                note = f"stopped at n = {n}: one call took {point.solution:.2f} s"
                break
        n = probing.smaller(points[0].n if points else upward[0])
        while (timed_out or note) and n >= probing.SMALLEST_N and not probing.covers_range(points):
            point = self.measure(n, result, quiet=True)
            if not isinstance(point, probing.Measurement):
                break
            points.insert(0, point)
            n = probing.smaller(n)
        self.progress("probing", len(upward), len(upward))
        if not probing.covers_range(points):
            if timed_out:
                result.verdict = TIME_LIMIT
                result.message = note
            return
        slow, growth = probing.is_suboptimal(points)
        if slow and growth < probing.CONFIRM_BELOW:
            points = self.confirm(points, result)  # borderline: measure every size again
            if points is None:
                return
        slow, rep = probing.report(points, cx.time, note)
        result.complexity = rep
        if slow:
            result.verdict = SUBOPTIMAL
            result.message = f"right answers, but the time grows like {rep.measured} where {rep.expected} is possible"

    def confirm(self, points: list[probing.Measurement], result: JudgeResult) -> list[probing.Measurement] | None:
        """A second pass over the same sizes; each size keeps the measurement that speaks
        *for* the solution (the higher ratio at small n, the lower at large n), so a
        borderline call of 'suboptimal' needs both passes to agree."""
        middle = points[len(points) // 2].n
        merged = []
        for old in points:
            new = self.measure(old.n, result)
            if new is None:
                return None
            if not isinstance(new, probing.Measurement):
                merged.append(old)
                continue
            keep_higher = old.n < middle
            merged.append(max(old, new, key=lambda p: p.ratio) if keep_higher else min(old, new, key=lambda p: p.ratio))
        return merged

    def probe_timeout(self) -> float:
        return probing.SIZE_BUDGET_S + 2 * self.options.time_limit + 1

    def measure(self, n: int, result: JudgeResult, quiet: bool = False) -> probing.Measurement | str | None:
        """One size: a Measurement, TIME_LIMIT, or None once a failing verdict is set
        (``quiet``: a size below the problem's own range, where a failure decides nothing)."""
        try:
            inputs = probe_input(self.problem, self.ref, n, self.rng)
            outcome = self.worker.request(
                {"op": "probe", "input": inputs, "repeats": probing.REPEATS, "budget": probing.SIZE_BUDGET_S},
                timeout=self.probe_timeout(),
            )
        except JudgeFailure:
            if quiet:
                return "unavailable"
            raise
        except Exception:  # noqa: BLE001 - a probe generator below its sizes: just no point there
            if quiet:
                return "unavailable"
            raise
        if outcome.status == TIME_LIMIT:
            return TIME_LIMIT
        if not outcome.ok:
            if quiet:
                return "unavailable"
            result.verdict = outcome.kind or RUNTIME_ERROR
            result.message = f"on the complexity probe's input of size n = {n}: {outcome.error}"
            return None
        reply = outcome.reply
        if reply.get("wrong"):
            if quiet:
                return "unavailable"
            result.verdict = WRONG_ANSWER
            result.message = f"wrong answer on a large input (n = {n}) of the complexity probe: {reply['wrong']}"
            return None
        return probing.Measurement(n, float(reply["solution"]), float(reply["reference"]))
