"""Judge one solution file: examples, generated cases, shrinking, complexity probe.

The reference runs here, in the judge; the solution runs in the worker on its own
copy of every input. The cases are planned by ``problems.cases`` (examples, small
corners, generated inputs, large corners). Hypothesis generates the inputs and, on a
failure, shrinks it to the smallest input it finds that fails *the same way*, within a
time budget of the judge's own (its shrinker could otherwise run for minutes).
Hypothesis is driven from code (``find`` with a condition that records what it sees),
never by parsing its messages, and with no example database, so nothing is written
to the user's folder. It is imported only once the worker is starting (a tenth of a
second of imports, spent while the sandbox boots).

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

from judge import probe as probing
from judge.ahead import ProbeAhead, Recording
from judge.client import Outcome, WorkerClient
from judge.cores import available_cores, exclusive_turn
from judge.errors import JudgeError
from judge.limits import Limits
from judge.verdict import Counterexample, JudgeResult, Verdict
from problems.calling import CallSpec, call
from problems.cases import CasePlan, input_strategy, plan, probe_input, sample_case, why_wrong
from problems.compare import canonical
from problems.model import Problem
from problems.reduce import size_of, smaller_inputs
from problems.reference import Reference, load_reference

Progress = Callable[[str, int, int], None]  # (stage, done, total)
BATCH = 32  # cases per round trip to the worker
HYPOTHESIS_EXAMPLES = 128  # Hypothesis explores this many (four batches); past it, inputs are sampled from the spec


@dataclass(frozen=True)
class JudgeOptions:
    """How hard and how long to judge."""

    max_examples: int = 200
    seed: int | None = None
    complexity: bool = True
    time_limit: float = 2.0  # wall-clock seconds per case
    memory_mb: int = 512
    shrink_budget: float = 5.0  # seconds the shrinker may spend after the first failure
    probe_lock: str | None = None  # a lock held while probing, so no other probe shares the core (judge.cores)


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
        campaign = _Campaign(problem, ref, spec, worker, options, progress)
        loaded = campaign.start()
        result.sandbox = list(worker.layers)
        if not loaded.ok:
            result.verdict = Verdict.COMPILE_ERROR if loaded.verdict == Verdict.RUNTIME_ERROR else loaded.verdict
            result.message = loaded.error or "the solution could not be loaded"
        else:
            campaign.run(result)
        result.stdout = worker.printed + (f"\n[... {worker.dropped} more characters not kept]" if worker.dropped else "")
    result.elapsed_s = time.monotonic() - started
    return result


class _Refused(Exception):
    """While shrinking: the reference refuses this input, so it is no counterexample."""


class _Campaign:
    def __init__(self, problem: Problem, ref: Reference, spec: CallSpec, worker: WorkerClient, options: JudgeOptions, progress: Progress | None) -> None:
        self.problem, self.ref, self.spec, self.worker, self.options = problem, ref, spec, worker, options
        self.progress = progress or (lambda stage, done, total: None)
        self.plan: CasePlan = plan(problem, ref, options.max_examples)
        self.passed = 0
        self.ran = 0
        self.failure: Failure | None = None
        self.shrink_deadline: float | None = None
        self.expected_by_input: dict[str, Any] = {}  # the reference's answers, by canonical input
        self.passed_inputs: set[str] = set()  # inputs the solution is known to pass
        self.seed = options.seed if options.seed is not None else random.SystemRandom().randrange(2**32)
        self.spec_only = ref.inputs is None and problem.signature.kind == "function"
        self.searched = min(options.max_examples, HYPOTHESIS_EXAMPLES) if self.spec_only else options.max_examples
        self.drawn_inputs: list[dict[str, Any]] | None = None
        self.probe_rng = random.Random(0 if options.seed is None else options.seed)
        self.probe_failures: list[tuple[Verdict, str]] = []  # why the probe's input was failed
        self.recording = Recording(self.measure)  # the probe's measurements taken ahead (judge.ahead)

    def start(self) -> Outcome:
        """Start the worker, and draw Hypothesis's inputs here while it boots. When the
        worker has a core of its own, the probe's first sizes are measured there meanwhile
        (``judge.ahead``): by the time the cases have passed, the probe is mostly done."""
        if not self.may_probe_ahead():
            return self.worker.start(meanwhile=self.prepare)
        died = self.worker.spawn()
        if died is not None:
            return died
        cx = self.problem.complexity
        assert cx is not None
        ahead = ProbeAhead(self.worker, self.recording, cx.probe_min, cx.probe_max)
        ahead.start()
        try:
            self.prepare()
        finally:
            ahead.stop()
        return ahead.outcome()

    def may_probe_ahead(self) -> bool:
        """A probe to run, and a core for the worker that the judge does not draw on (with
        ``-j`` every judge has one core, and a probe lock to take its turn with)."""
        return (
            self.options.complexity
            and self.problem.complexity is not None
            and self.options.probe_lock is None
            and len(available_cores()) > 1
        )

    def prepare(self) -> None:
        """What needs no worker: Hypothesis's inputs, drawn up front."""
        self.drawn_inputs = self.drawn(self.searched)

    def run(self, result: JudgeResult) -> None:
        fixed = self.run_cases(self.plan.first)
        if self.failure is None:
            fixed = self.generated()
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
        """Cases in order, counted, up to the first failure; True when one failed."""
        self.failure = self.evaluate(cases, counted=True)
        return self.failure is not None

    # --- cases --------------------------------------------------------------------------

    def judge_error(self, message: str) -> JudgeError:
        return JudgeError(self.problem.id, message, self.problem.module_path)

    def expected(self, inputs: dict[str, Any], key: str, shrinking: bool) -> Any:
        """The reference's answer (computed once per distinct input)."""
        if key not in self.expected_by_input:
            try:
                self.expected_by_input[key] = call(self.spec, self.ref.solution, inputs)
            except Exception as exc:  # never blame the learner for the reference
                if shrinking:
                    raise _Refused from exc
                raise self.judge_error(f"the reference failed on {inputs!r}: {type(exc).__name__}: {exc}") from exc
        return self.expected_by_input[key]

    def evaluate(self, cases: list[dict[str, Any]], counted: bool, shrinking: bool = False) -> Failure | None:
        """Run cases through the solution, a batch per round trip, up to the first failure.
        The worker answers while the reference works out the expected answers here."""
        todo = [(inputs, canonical(inputs)) for inputs in cases]
        if shrinking:
            todo = [(inputs, key) for inputs, key in todo if key not in self.passed_inputs]
        for start in range(0, len(todo), BATCH):
            chunk = todo[start : start + BATCH]
            outcomes = self.worker.calls([inputs for inputs, _ in chunk], self.options.time_limit)
            try:
                for (inputs, key), outcome in zip(chunk, outcomes):
                    if counted:
                        self.ran += 1
                    try:
                        expected = self.expected(inputs, key, shrinking)
                    except _Refused:
                        continue
                    failure = self.judged(inputs, expected, outcome)
                    if failure is not None:
                        return failure
                    self.passed_inputs.add(key)
                    if counted:
                        self.passed += 1
            finally:
                outcomes.close()
            if counted:
                self.progress("testing", self.passed, self.plan.total)
        return None

    def judged(self, inputs: dict[str, Any], expected: Any, outcome: Outcome) -> Failure | None:
        """The Failure this answer (or its absence) stands for, or None when it is right."""
        if not outcome.ok:
            if outcome.verdict == Verdict.MEMORY_LIMIT:
                self.worker.close()  # after a MemoryError the process is not to be trusted
            return Failure(outcome.verdict, inputs, expected, None, outcome.error)
        reply = outcome.reply
        actual = reply.get("answer")
        if reply["seconds"] > self.options.time_limit:
            return Failure(Verdict.TIME_LIMIT, inputs, expected, None, f"one call took {reply['seconds']:.2f} s, over the {self.options.time_limit:g} s limit")
        if reply.get("not_a_node"):
            return Failure(Verdict.WRONG_ANSWER, inputs, expected, actual, reason=reply["not_a_node"])
        try:
            why = why_wrong(self.problem, self.ref, inputs, expected, actual)
        except Exception as exc:
            raise self.judge_error(f"check() raised {type(exc).__name__}: {exc} on the answer {actual!r}") from exc
        if not why and reply.get("changed"):
            why = f"the solution changed its input {', '.join(reply['changed'])}, which the problem asks to leave as it was"
        return Failure(Verdict.WRONG_ANSWER, inputs, expected, actual, reason=why) if why else None

    # --- generated cases and shrinking -------------------------------------------------

    def shrink_time_left(self) -> bool:
        if self.shrink_deadline is None:
            self.shrink_deadline = time.monotonic() + self.options.shrink_budget
        return time.monotonic() < self.shrink_deadline

    def settings(self, max_examples: int, shrink: bool) -> Any:
        from hypothesis import HealthCheck, Phase, settings

        return settings(
            max_examples=max_examples,
            database=None,
            deadline=None,
            phases=[Phase.generate, Phase.shrink] if shrink else [Phase.generate],
            suppress_health_check=list(HealthCheck),
            report_multiple_bugs=False,
        )

    def drawn(self, count: int) -> list[dict[str, Any]]:
        """Hypothesis's inputs, generated up front (no solution runs while it draws)."""
        inputs: list[dict[str, Any]] = []

        def keep(value: dict[str, Any]) -> bool:
            inputs.append(value)
            return False

        self.hypothesis(keep, self.settings(count, shrink=False))
        return inputs

    def hypothesis(self, condition: Callable[[dict[str, Any]], bool], config: Any) -> None:
        """``find`` over the problem's inputs; the judge's own failures are raised as such."""
        from hypothesis import find
        from hypothesis.errors import Flaky, FlakyFailure, NoSuchExample

        try:
            find(input_strategy(self.problem, self.ref), condition, settings=config, random=random.Random(self.seed))
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

    def generated(self) -> bool:
        """Hypothesis's cases (and, past the first HYPOTHESIS_EXAMPLES, inputs sampled from the
        spec), run in batches. A failure among Hypothesis's is found again by the same search,
        which shrinks it; a failure among the sampled ones is shrunk as a fixed case is.
        True when the failure to report came from a sampled input."""
        searched = self.searched
        drawn = self.drawn_inputs if self.drawn_inputs is not None else self.drawn(searched)
        self.failure = self.evaluate(drawn, counted=True)
        if self.failure is not None:
            self.shrink_found()
            return False
        rng = random.Random(self.seed)
        sampled = [sample_case(self.problem.input_spec, rng) for _ in range(self.options.max_examples - searched)]
        self.failure = self.evaluate(sampled, counted=True)
        return self.failure is not None

    def shrink_found(self) -> None:
        """Replay the same search with the real condition: Hypothesis reaches the same failing
        input (the ones before it are known passes, not run again) and shrinks it to the
        smallest input it finds that fails *the same way*, within the shrink budget."""
        found = self.failure
        assert found is not None
        self.progress("shrinking", 0, 0)
        if found.verdict in (Verdict.TIME_LIMIT, Verdict.MEMORY_LIMIT):
            return  # each try would cost a whole limit: report it as found
        self.failure = None

        def fails(inputs: dict[str, Any]) -> bool:
            if self.failure is not None and not self.shrink_time_left():
                raise _StopSearch
            try:
                failure = self.evaluate([inputs], counted=False, shrinking=True)
            except JudgeError as exc:
                raise _Abort(exc) from exc
            if failure is None or failure.verdict != found.verdict:
                return False  # a smaller input that fails differently is another story
            if self.failure is None or size_of(failure.inputs) <= size_of(self.failure.inputs):
                self.failure = failure
            return True

        self.hypothesis(fails, self.settings(self.options.max_examples, shrink=True))
        if self.failure is None:  # not found again (a solution that fails only sometimes)
            self.failure = found

    def shrink_fixed(self) -> None:
        """A fixed case failed (an example, a corner, a sampled input): look for a smaller input
        that fails the same way, by simplifying it within the spec and by a search among
        generated inputs."""
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
                    failure = self.evaluate([candidate], counted=False, shrinking=True)
                    if failure is not None and failure.verdict == found.verdict:
                        self.failure = failure
                        improved = True
                        break
        if not self.shrink_time_left():
            return

        def smaller(inputs: dict[str, Any]) -> bool:
            if not self.shrink_time_left():
                raise _StopSearch
            try:
                failure = self.evaluate([inputs], counted=False, shrinking=True)
            except JudgeError as exc:
                raise _Abort(exc) from exc
            assert self.failure is not None
            if failure is None or failure.verdict != found.verdict or size_of(failure.inputs) >= size_of(self.failure.inputs):
                return False
            self.failure = failure
            return True

        self.hypothesis(smaller, self.settings(self.options.max_examples, shrink=True))

    # --- complexity --------------------------------------------------------------------

    def measure(self, n: int, quiet: bool) -> probing.Measurement | probing.Stop:
        """Time solution and reference at size n (``quiet``: below the problem's range, where
        a generator may refuse and a failure only means no point there)."""
        try:
            inputs = probe_input(self.problem, self.ref, n, self.probe_rng)
        except Exception as exc:
            if quiet:
                return probing.Stop.UNAVAILABLE
            raise self.judge_error(f"probe({n}) failed: {type(exc).__name__}: {exc}") from exc
        outcome = self.worker.request(
            {"op": "probe", "input": inputs, "repeats": probing.REPEATS, "budget": probing.SIZE_BUDGET_S},
            timeout=probing.REQUEST_S + self.options.time_limit,
        )
        if outcome.verdict == Verdict.TIME_LIMIT or (outcome.ok and outcome.reply["solution"] > self.options.time_limit):
            return probing.Stop.TOO_SLOW
        if not outcome.ok or outcome.reply.get("wrong"):
            if quiet:
                return probing.Stop.UNAVAILABLE
            if outcome.ok:
                self.probe_failures.append((Verdict.WRONG_ANSWER, f"wrong answer on a large input (n = {n}) of the complexity probe: {outcome.reply['wrong']}"))
            else:
                self.probe_failures.append((outcome.verdict, f"on the complexity probe's input of size n = {n}: {outcome.error}"))
            return probing.Stop.FAILED
        point = probing.Measurement.of(n, outcome.reply["solution"], outcome.reply["reference"])
        return point if point is not None else probing.Stop.UNAVAILABLE

    def probe(self, result: JudgeResult) -> None:
        """Time the solution against the reference on growing inputs (``judge.probe``)."""
        cx = self.problem.complexity
        assert cx is not None
        with exclusive_turn(self.options.probe_lock):
            found = probing.run_probe(self.recording.replay, cx.probe_min, cx.probe_max, lambda done, total: self.progress("probing", done, total))
        if found.decision == probing.Decision.FAILED:
            result.verdict, result.message = self.probe_failures[0] if self.probe_failures else (Verdict.RUNTIME_ERROR, "the complexity probe failed")
            return
        if found.decision == probing.Decision.TIME_LIMIT:
            result.verdict, result.message = Verdict.TIME_LIMIT, found.note
            return
        result.complexity = found.report(cx.time)
        if found.decision == probing.Decision.SUBOPTIMAL and result.complexity is not None:
            result.verdict = Verdict.SUBOPTIMAL
            result.message = f"right answers, but the time grows like {result.complexity.measured} where {result.complexity.expected} is possible"
