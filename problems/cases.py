"""The cases a problem is tested on, planned in one place for ``validate`` and the judge.

In order: the statement's examples; the spec's small corners (the empty input, one
element, extreme values); the generated inputs (Hypothesis, from the module's
``inputs()`` or the YAML spec); then the large corners (the longest runs of
duplicates, the deepest trees, ramps), after the generated ones so that a failure
found early still shrinks small. The complexity probe's inputs of size n come from
the module's ``probe(n, rng)`` or a random sample of the spec.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from problems.compare import compare, compare_calls
from problems.model import Problem
from problems.reference import Reference
from problems.spec import edge_inputs, sample_inputs
from problems.types import type_of

if TYPE_CHECKING:  # pragma: no cover
    from hypothesis.strategies import SearchStrategy

SMALL = ("min", "one")
LARGE = ("max",)


@dataclass(frozen=True)
class CasePlan:
    """The fixed cases of a campaign and how many generated ones come between them."""

    examples: tuple[dict[str, Any], ...]
    small_edges: tuple[dict[str, Any], ...]
    generated: int
    large_edges: tuple[dict[str, Any], ...]

    @property
    def first(self) -> list[dict[str, Any]]:
        """The cases run before any generated one."""
        return [*self.examples, *self.small_edges]

    @property
    def total(self) -> int:
        return len(self.examples) + len(self.small_edges) + self.generated + len(self.large_edges)


def plan(problem: Problem, ref: Reference, generated: int) -> CasePlan:
    """The campaign for ``problem``: examples, small corners, ``generated`` inputs, large corners."""
    small = edge_cases(problem, ref, SMALL)
    large = [e for e in edge_cases(problem, ref, LARGE) if e not in small]
    return CasePlan(tuple(e.input for e in problem.examples), tuple(small), generated, tuple(large))


def edge_cases(problem: Problem, ref: Reference, size_modes: tuple[str, ...] = SMALL + LARGE) -> list[dict[str, Any]]:
    """The spec's corner inputs, unless the module generates inputs itself (then the
    spec may not say everything the inputs must satisfy)."""
    if ref.inputs is not None or problem.signature.kind == "class":
        return []
    return edge_inputs(problem.input_spec, size_modes)


def input_strategy(problem: Problem, ref: Reference) -> SearchStrategy[dict[str, Any]]:
    """The strategy of wire inputs: the module's ``inputs()`` or the YAML spec."""
    if ref.inputs is not None:
        strategy: SearchStrategy[dict[str, Any]] = ref.inputs()
        return strategy
    from problems.strategies import inputs_strategy

    return inputs_strategy(problem.input_spec)


def probe_input(problem: Problem, ref: Reference, n: int, rng: random.Random) -> dict[str, Any]:
    """A wire input of size n for the complexity probe."""
    if ref.probe is not None:
        made: dict[str, Any] = ref.probe(n, rng)
        return made
    if problem.complexity is None or problem.complexity.probe_param is None:
        raise ValueError(f"{problem.id} has no probe parameter")
    return sample_inputs(problem.input_spec, rng, problem.complexity.probe_param, n)


def sample_case(input_spec: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A random input of the spec, sizes and values drawn uniformly within its bounds: cheap
    volume beside Hypothesis's search (for problems whose spec says everything)."""
    env: dict[str, Any] = {}
    for name, spec in input_spec.items():
        env[name] = type_of(spec).sample(spec, rng, env)
    return env


def why_wrong(problem: Problem, ref: Reference, inputs: dict[str, Any], expected: Any, actual: Any) -> str | None:
    """Why ``actual`` is wrong for ``inputs`` given the reference's ``expected``, or None."""
    if problem.signature.kind == "class":
        return compare_calls(problem.compare, expected, actual, inputs["operations"])
    return compare(problem.compare, expected, actual, inputs, ref.check)
