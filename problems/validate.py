"""Check that a problem is fit for the catalog (``grokpat validate``).

Beyond the schema (checked while loading): the module imports and defines the
entry with the signature's parameters and an oracle; every example passes the
reference; the reference and the brute-force oracle agree on generated inputs;
the complexity probe can build an input. Imports Hypothesis, so only the
``validate`` and ``judge`` commands load this module.
"""

from __future__ import annotations

import inspect
import random
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis.errors import NoSuchExample
from hypothesis import strategies as st

from problems.calling import CallFailed, CallSpec, call, call_checked
from problems.catalog import Catalog
from problems.compare import compare, compare_calls
from problems.errors import ContentError, at
from problems.model import Problem
from problems.reference import Reference, load_reference
from problems.spec import edge_inputs, sample_inputs
from problems.strategies import inputs_strategy

DEFAULT_EXAMPLES = 100


def problem_inputs(problem: Problem, ref: Reference) -> st.SearchStrategy[dict[str, Any]]:
    """The strategy of wire inputs: the module's ``inputs()`` or the YAML spec."""
    if ref.inputs is not None:
        return ref.inputs()
    return inputs_strategy(problem.input_spec)


def probe_input(problem: Problem, ref: Reference, n: int, rng: random.Random) -> dict[str, Any]:
    """A wire input of size n for the complexity probe."""
    if ref.probe is not None:
        return ref.probe(n, rng)
    assert problem.complexity is not None and problem.complexity.probe_param is not None
    return sample_inputs(problem.input_spec, rng, problem.complexity.probe_param, n)


def edge_cases(problem: Problem, ref: Reference, size_modes: tuple[str, ...] = ("min", "one", "max")) -> list[dict[str, Any]]:
    """The spec's corner inputs, unless the module generates inputs itself (then the
    spec may not say everything the inputs must satisfy)."""
    if ref.inputs is not None or problem.signature.kind == "class":
        return []
    return edge_inputs(problem.input_spec, size_modes)


def answers_differ(problem: Problem, ref: Reference, inputs: dict[str, Any], expected: Any, actual: Any) -> str | None:
    """Why ``actual`` is wrong for ``inputs`` given the reference's ``expected``, or None."""
    if problem.signature.kind == "class":
        return compare_calls(problem.compare, expected, actual, inputs["operations"])
    return compare(problem.compare, expected, actual, inputs, ref.check)


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
    errors += _agreement_errors(problem, ref, spec, max_examples, seed)
    if not errors and problem.complexity is not None:
        errors += _probe_errors(problem, ref, spec)
    return errors


def _signature_errors(problem: Problem, ref: Reference) -> list[ContentError]:
    path = problem.module_path
    if problem.signature.kind == "class":
        errors = []
        for method in problem.signature.methods:
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
    """``answers_differ``, with a crashing check() reported as a reason instead of a traceback."""
    try:
        return answers_differ(problem, ref, inputs, expected, actual)
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
        inputs = find(problem_inputs(problem, ref), disagree, settings=config, random=random.Random(seed))
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


def validate_catalog(catalog: Catalog, max_examples: int = DEFAULT_EXAMPLES, seed: int = 0, only: set[str] | None = None) -> list[ContentError]:
    """The loading errors plus every problem's own."""
    errors = list(catalog.errors)
    for problem in catalog.ordered_problems():
        if only is None or problem.source in only:
            errors.extend(validate_problem(problem, max_examples, seed))
    return errors
