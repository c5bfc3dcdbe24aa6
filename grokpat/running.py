"""``grokpat run``: a solution on one input of the learner's choice, or on the statement's
examples, in the same sandbox as the judge, beside the reference's answer.

The "Run" beside "Submit": no generated cases, no probe, no Hypothesis. An input must be a
JSON object naming exactly the problem's parameters; its values must have the spec's shape
(types, sortedness, uniqueness, a BST, acyclic edges...), with the spec's literal size and
value limits relaxed (those are the generator's, smaller than the problem's constraints),
and the reference must be able to answer it: otherwise it breaks the problem's constraints,
and that is said in one line.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grokpat.errors import UserError
from judge.client import WorkerClient
from judge.limits import Limits
from judge.verdict import Verdict
from problems.calling import CallSpec, call
from problems.cases import why_wrong
from problems.model import Problem
from problems.reference import load_reference
from problems.spec import input_violation
from problems.types import TYPES

WIDE = 10**18
WIDE_SIZE = 10**7


@dataclass
class RunCase:
    input: dict[str, Any]
    expected: Any
    answer: Any = None
    error: str | None = None
    verdict: str = "accepted"  # the case's own verdict: accepted, wrong_answer, runtime_error...
    reason: str | None = None

    @property
    def agree(self) -> bool:
        return self.verdict == "accepted"

    def to_json(self) -> dict[str, Any]:
        return {"input": self.input, "answer": self.answer, "expected": self.expected, "agree": self.agree,
                "verdict": self.verdict, "reason": self.reason, "error": self.error}


@dataclass
class RunResult:
    file: str
    problem: str
    cases: list[RunCase] = field(default_factory=list)
    stdout: str = ""
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "problem": self.problem, "cases": [c.to_json() for c in self.cases], "stdout": self.stdout, "message": self.message}


def relaxed(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with its literal size and value limits widened (expressions, which relate
    parameters, and lower bounds of 0 or more, which say "non-negative" or "at least one",
    are kept)."""
    out = copy.deepcopy(spec)
    itype = TYPES.get(out.get("type", ""))
    if itype is None:
        return out
    for key in itype.keys:
        if key.kind == "spec" and key.name in out:
            out[key.name] = relaxed(out[key.name])
        elif key.kind in ("bound", "size") and key.name != "vertices" and not isinstance(out.get(key.name), str):
            if key.name.startswith("min"):
                floor = out.get(key.name)
                if floor is None and key.kind == "bound":
                    out[key.name] = -WIDE  # the generator's default range, not a constraint
                elif floor is not None and floor < 0:
                    out[key.name] = -WIDE
            else:
                out[key.name] = WIDE if key.kind == "bound" else WIDE_SIZE
    return out


def parse_input(problem: Problem, text: str) -> dict[str, Any]:
    """A learner's input, checked against the problem (UserError saying what breaks)."""
    try:
        given = json.loads(text)
    except ValueError as exc:
        raise UserError(f"--input is not JSON: {exc}") from None
    if not isinstance(given, dict):
        raise UserError("--input must be a JSON object of the parameters, like " + json.dumps(problem.examples[0].input))
    if problem.signature.kind == "class":
        if set(given) != {"operations", "arguments"}:
            raise UserError("a design problem's input is {\"operations\": [...], \"arguments\": [[...], ...]}")
        return given
    if list(given) != list(problem.params) and set(given) != set(problem.params):
        raise UserError(f"--input must name exactly the parameters {list(problem.params)}, not {list(given)}")
    given = {name: given[name] for name in problem.params}
    spec = {name: relaxed(s) for name, s in problem.input_spec.items()}
    broken = input_violation(spec, given)
    if broken:
        raise UserError(f"--input breaks the problem's constraints: {broken[0]}: {broken[1]}")
    return given


def run_solution(path: Path, problem: Problem, inputs: list[dict[str, Any]], expected_outputs: list[Any] | None = None,
                 time_limit: float = 2.0, memory_mb: int = 512) -> RunResult:
    """The solution on ``inputs`` in the sandbox; each answer beside the reference's."""
    ref = load_reference(problem)
    spec = CallSpec.for_problem(problem)
    expected = []
    for i, given in enumerate(inputs):
        if expected_outputs is not None:
            expected.append(expected_outputs[i])
            continue
        try:
            expected.append(call(spec, ref.solution, given))
        except Exception as exc:
            raise UserError(f"the input breaks the problem's constraints (the reference cannot answer it: {type(exc).__name__}: {exc}); see 'grokpat show {problem.id}'") from None
    load = {"op": "load", "source": path.read_text(encoding="utf-8", errors="replace"), "filename": str(path), "spec": spec.to_json(),
            "reference": {"path": str(problem.module_path)}, "compare": problem.compare}
    result = RunResult(str(path), problem.id)
    with WorkerClient(Limits(memory_mb=memory_mb), load, load_timeout=5.0 + 2 * time_limit) as worker:
        loaded = worker.start()
        if not loaded.ok:
            result.message = f"{Verdict.COMPILE_ERROR}: {loaded.error}"
        else:
            for given, want in zip(inputs, expected):  # one at a time: a failing case does not hide the next
                outcome = next(worker.calls([given], time_limit))
                case = RunCase(given, want)
                if not outcome.ok:
                    case.verdict, case.error = str(outcome.verdict), outcome.error
                else:
                    case.answer = outcome.reply.get("answer")
                    why = outcome.reply.get("not_a_node") or why_wrong(problem, ref, given, want, case.answer)
                    if why:
                        case.verdict, case.reason = str(Verdict.WRONG_ANSWER), why
                result.cases.append(case)
        result.stdout = worker.stdout
    return result
