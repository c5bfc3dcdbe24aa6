"""The input spec of a problem: what its arguments look like, parameter by parameter.

A problem's YAML says, per parameter, what kind of value it takes::

    input:
      nums: {type: list, of: {type: int, min: -100, max: 100}, min_size: 1, max_size: 40}
      k:    {type: int, min: 1, max: "len(nums)"}

Bounds and sizes may be expressions over earlier parameters (see ``problems.expr``).
Each ``type`` is an object of the registry in ``problems.types``; this module applies
them to a whole input: its wire shapes, a random input of a given size for the
complexity probe, the corner inputs tried first, and the check that an input belongs
to the spec. The Hypothesis strategies are in ``problems.strategies``, so that browsing
the catalog never imports Hypothesis.
"""

from __future__ import annotations

import random
from typing import Any
from collections.abc import Mapping

from problems.expr import ExprError
from problems.types import EDGE_MODES, TYPES, NoCorner, spec_errors, type_of

__all__ = ["edge_inputs", "input_violation", "is_collection", "sample_inputs", "shape_of", "spec_errors"]


def shape_of(spec: Mapping[str, Any]) -> Any:
    """The wire shape of a parameter: how its JSON form becomes the object a solution gets."""
    return type_of(spec).shape(spec)


def is_collection(spec: Mapping[str, Any]) -> bool:
    """True for the kinds whose size the complexity probe grows."""
    itype = TYPES.get(spec.get("type", ""))
    return itype is not None and itype.collection


def sample_inputs(input_spec: Mapping[str, Any], rng: random.Random, size_param: str, n: int) -> dict[str, Any]:
    """One input in wire form with the parameter ``size_param`` of size ``n``."""
    env: dict[str, Any] = {}
    for name, spec in input_spec.items():
        env[name] = type_of(spec).sample(spec, rng, env, n if name == size_param else None)
    return env


def edge_inputs(input_spec: Mapping[str, Any], size_modes: tuple[str, ...] = ("min", "one", "max")) -> list[dict[str, Any]]:
    """Inputs at the corners of the spec: smallest sizes, one element, largest sizes,
    all-equal items (duplicates), ramps and extreme values; distinct, in a stable order."""
    seen: dict[str, dict[str, Any]] = {}
    for size_mode, value_mode in EDGE_MODES:
        if size_mode not in size_modes:
            continue
        env: dict[str, Any] = {}
        try:
            for name, spec in input_spec.items():
                env[name] = type_of(spec).corner(spec, env, size_mode, value_mode)
        except (NoCorner, ExprError, TypeError, KeyError, IndexError, ValueError):
            continue  # this corner does not exist for this spec
        seen.setdefault(repr(env), env)
    return list(seen.values())


def input_violation(input_spec: Mapping[str, Any], inputs: Mapping[str, Any]) -> tuple[str, str] | None:
    """(parameter, why) for the first parameter of ``inputs`` outside its spec, or None."""
    env: dict[str, Any] = {}
    for name, spec in input_spec.items():
        if name not in inputs:
            return name, "missing"
        try:
            why = type_of(spec).violation(spec, env, inputs[name])
        except (ExprError, TypeError, ValueError) as exc:
            why = f"cannot be checked: {exc}"
        if why:
            return name, why
        env[name] = inputs[name]
    return None
