"""Check that a problem is fit for the catalog (``grokpat validate``).

Beyond the schema (checked while loading): the module imports and defines the
entry with the signature's parameters and an oracle; every example passes the
reference; a checker rejects answers that cannot be right; the reference and the
brute-force oracle agree on the planned cases (``problems.cases``); the complexity
probe can build an input. Imports Hypothesis, so only ``validate`` loads this module.
"""

from __future__ import annotations

import inspect
import random
from typing import Any
from collections.abc import Callable

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis.errors import NoSuchExample

from problems.calling import CallFailed, CallSpec, call, call_checked
from problems.cases import edge_cases, input_strategy, probe_input, why_wrong
from problems.compare import canonical, same
from problems.errors import ContentError, at
from problems.model import Problem
from problems.reference import Reference, load_reference
from problems.wire import type_name

DEFAULT_EXAMPLES = 100


def validate_problem(problem: Problem, max_examples: int = DEFAULT_EXAMPLES, seed: int = 0) -> list[ContentError]:
    """Every reason ``problem`` is not fit for the catalog."""
    try:
        ref = load_reference(problem)
    except ContentError as exc:
        return [exc]
    errors = _signature_errors(problem, ref)
    if errors:
        return errors
    spec = CallSpec.for_problem(problem)
    errors += _example_errors(problem, ref, spec)
    if errors:
        return errors
    if problem.compare == "checker":
        errors += _lenient_checker_errors(problem, ref, spec)
    errors += _agreement_errors(problem, ref, spec, max_examples, seed)
    if not errors and problem.complexity is not None:
        errors += _probe_errors(problem, ref, spec)
    return errors


def _signature_errors(problem: Problem, ref: Reference) -> list[ContentError]:
    path = problem.module_path
    if problem.signature.kind == "class":
        errors = []
        for method in problem.signature.methods:
            if method.name == "__init__":
                continue
            if not callable(getattr(ref.solution, method.name, None)):
                errors.append(ContentError(path, f"the reference class has no method {method.name}"))
            if not callable(getattr(ref.brute_force, method.name, None)):
                errors.append(ContentError(path, f"brute_force has no method {method.name}"))
        return errors
    errors = []
    for name, fn in ((problem.entry, ref.solution), ("brute_force", ref.brute_force)):
        try:
            params = tuple(inspect.signature(fn).parameters)
        except (TypeError, ValueError):
            params = ()
        if params != problem.params:
            errors.append(ContentError(path, f"{name} takes {params}, the signature says {problem.params}"))
    return errors


def _run(spec: CallSpec, fn: Callable[..., Any], inputs: dict[str, Any]) -> tuple[Any, str | None]:
    try:
        return call(spec, fn, inputs), None
    except CallFailed as exc:
        return None, f"raised {type(exc.error).__name__}: {exc.error} at operation {exc.call_index}"
    except (Exception, SystemExit) as exc:  # sys.exit() in a reference must not end `validate` with its status
        return None, f"raised {type(exc).__name__}: {exc}"


def _differ(problem: Problem, ref: Reference, inputs: dict[str, Any], expected: Any, actual: Any) -> str | None:
    """``why_wrong``, with a crashing check() reported as a reason instead of a traceback."""
    try:
        return why_wrong(problem, ref, inputs, expected, actual)
    except Exception as exc:
        who = "check()" if problem.compare == "checker" else "comparing"
        return f"{who} raised {type(exc).__name__}: {exc}"


def _example_errors(problem: Problem, ref: Reference, spec: CallSpec) -> list[ContentError]:
    errors = []
    for i, example in enumerate(problem.examples):
        answer, crash = _run(spec, ref.solution, example.input)
        where = f"examples.{i}"
        if crash:
            errors.append(at(problem.yaml_path, where, f"the reference {crash}"))
            continue
        why = _differ(problem, ref, example.input, example.output, answer)
        if why is None and problem.compare == "checker":
            why = _differ(problem, ref, example.input, answer, example.output)
            why = f"the stated output is not a right answer: {why}" if why else None
        if why:
            errors.append(at(problem.yaml_path, f"{where}.output", f"the reference answers {answer!r}, the example says {example.output!r} ({why})"))
    return errors


def impossible_answers(expected: Any) -> list[tuple[str, Any]]:
    """Answers that cannot be right when ``expected`` is: no answer, the wrong type, the
    answer with its last item repeated (out of shape)."""
    wrong: list[tuple[str, Any]] = []
    if expected is not None:
        wrong.append(("None", None))
    kind = type_name(expected)
    if kind in ("list", "object"):
        wrong.append(("a string in place of a " + kind, canonical(expected)))
    elif kind == "str":
        wrong.append(("a list of characters in place of a string", list(expected)))
    elif kind in ("int", "float", "bool"):
        wrong.append((f"a string in place of a {kind}", str(expected)))
    if kind == "bool":
        wrong.append(("an int in place of a bool", int(expected)))
    if isinstance(expected, list) and expected:
        wrong.append(("the answer with its last item repeated", [*expected, expected[-1]]))
    elif isinstance(expected, str) and expected:
        wrong.append(("the answer with its last item repeated", expected + expected[-1]))
    return wrong


def _lenient_checker_errors(problem: Problem, ref: Reference, spec: CallSpec) -> list[ContentError]:
    """A checker must reject what cannot be right, and say why rather than raise."""
    assert ref.check is not None
    line = getattr(getattr(ref.check, "__code__", None), "co_firstlineno", None)
    for example in problem.examples:
        expected, crash = _run(spec, ref.solution, example.input)
        if crash:
            continue  # reported with the examples
        for what, answer in impossible_answers(expected):
            if same(answer, expected):
                continue
            try:
                verdict = ref.check(example.input, answer, expected)
            except Exception as exc:
                return [ContentError(problem.module_path, f"check() raised {type(exc).__name__}: {exc} on a wrong answer ({what}: {answer!r}); a checker returns a reason, never raises", line)]
            if verdict is True:
                return [ContentError(problem.module_path, f"check() accepts {answer!r} ({what}) for the input {example.input!r}, where {expected!r} is right: it must reject every wrong answer", line)]
    return []


def _agreement_errors(problem: Problem, ref: Reference, spec: CallSpec, max_examples: int, seed: int) -> list[ContentError]:
    for inputs in edge_cases(problem, ref):
        why = _disagreement(problem, ref, spec, inputs)
        if why:
            return [ContentError(problem.module_path, f"on the edge case {inputs!r} from the input spec: {why}")]

    def disagree(inputs: dict[str, Any]) -> bool:
        return _disagreement(problem, ref, spec, inputs) is not None

    config = settings(
        max_examples=max_examples,
        database=None,
        deadline=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    try:
        inputs = find(input_strategy(problem, ref), disagree, settings=config, random=random.Random(seed))
    except NoSuchExample:
        return []
    except Exception as exc:  # a broken strategy is a content error too
        return [ContentError(problem.module_path if ref.inputs else problem.yaml_path, f"input generation failed: {type(exc).__name__}: {exc}")]
    return [ContentError(problem.module_path, f"reference and brute_force disagree on {inputs!r}: {_disagreement(problem, ref, spec, inputs)}")]


def _disagreement(problem: Problem, ref: Reference, spec: CallSpec, inputs: dict[str, Any]) -> str | None:
    expected, crash = _run(spec, ref.brute_force, inputs)
    if crash:
        return f"brute_force {crash}"
    actual, crash = _run(spec, ref.solution, inputs)
    if crash:
        return f"the reference {crash}"
    if spec.preserves:
        _, changed = call_checked(spec, ref.solution, inputs)
        if changed:
            return f"the reference changes {', '.join(changed)}, which the problem says to preserve"
    why = _differ(problem, ref, inputs, expected, actual)
    if why is None and problem.compare == "checker":
        why = _differ(problem, ref, inputs, actual, expected)
        why = f"the checker rejects brute_force's {expected!r}: {why}" if why else None
    return f"brute_force gives {expected!r}, the reference {actual!r} ({why})" if why else None


def _probe_errors(problem: Problem, ref: Reference, spec: CallSpec) -> list[ContentError]:
    assert problem.complexity is not None
    if problem.complexity.probe_param is None and ref.probe is None:
        return [at(problem.yaml_path, "complexity", "the probe cannot tell which parameter is n: set complexity.probe.param or define probe(n, rng)")]
    try:
        inputs = probe_input(problem, ref, 64, random.Random(1))
        _, crash = _run(spec, ref.solution, inputs)
    except Exception as exc:
        crash = f"probe input failed: {type(exc).__name__}: {exc}"
    return [ContentError(problem.module_path, f"complexity probe: {crash}")] if crash else []
