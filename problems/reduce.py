"""Smaller inputs near a given one, inside the problem's input spec.

Hypothesis shrinks the failures it generates; a failure on a fixed case (a statement
example, a corner of the spec) would otherwise be shown as it is, up to 40 elements
long. ``smaller_inputs`` proposes inputs one step simpler (a chunk or an element
removed from a list or a string, a number moved toward zero or its lower bound, a
tree's node dropped, a matrix's row or column removed), each checked against the
spec so that only valid inputs are ever tried. The judge keeps one while it fails
the same way (greedy delta debugging).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from problems.compare import canonical
from problems.spec import input_violation


def size_of(inputs: Mapping[str, Any]) -> tuple[int, int]:
    """How big an input reads: its JSON length, then the sum of its numbers' magnitudes."""
    text = canonical(inputs)
    return len(text), sum(abs(v) for v in _numbers(inputs))


def _numbers(value: Any) -> Iterator[int]:
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _numbers(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _numbers(v)


def smaller_inputs(input_spec: Mapping[str, Any], inputs: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Valid inputs one step smaller than ``inputs``, the biggest steps first."""
    for name, spec in input_spec.items():
        for value in _smaller_values(spec, inputs[name]):
            candidate = {**inputs, name: value}
            if input_violation(input_spec, candidate) is None:
                yield candidate


def _smaller_values(spec: Mapping[str, Any], value: Any) -> Iterator[Any]:
    kind = spec.get("type")
    if kind == "linked_list" and isinstance(value, dict):
        values, pos = value["values"], value["pos"]
        for i in range(len(values)):
            if i != pos:
                yield {"values": values[:i] + values[i + 1 :], "pos": pos - (i < pos)}
        return
    if kind == "matrix" and isinstance(value, list):
        for r in range(len(value)):
            yield value[:r] + value[r + 1 :]
        if value and value[0]:
            for c in range(len(value[0])):
                yield [row[:c] + row[c + 1 :] for row in value]
        for r, row in enumerate(value):
            for c, cell in enumerate(row):
                for simpler in _simpler_scalars(spec.get("of", {}), cell):
                    yield [*value[:r], [*row[:c], simpler, *row[c + 1 :]], *value[r + 1 :]]
        return
    if isinstance(value, (list, str)):
        n = len(value)
        seq: Any = value  # a list or a str: slices concatenate either way
        chunk = n // 2
        while chunk >= 1:  # remove halves, quarters, ... then single items
            for start in range(0, n - chunk + 1, chunk):
                yield seq[:start] + seq[start + chunk :]
            chunk //= 2
        if kind == "tree":
            for i, v in enumerate(value):
                if v is not None and i > 0:
                    yield _trim([*value[:i], None, *value[i + 1 :]])
        item = spec.get("of", {}) if kind != "str" else {}
        if isinstance(value, list):
            for i, v in enumerate(value):
                for simpler in _simpler_scalars(item, v):
                    yield [*value[:i], simpler, *value[i + 1 :]]
        return
    yield from _simpler_scalars(spec, value)


def _simpler_scalars(spec: Mapping[str, Any], value: Any) -> Iterator[Any]:
    if isinstance(value, bool) or not isinstance(value, int):
        return
    floor = spec.get("min") if isinstance(spec.get("min"), int) else None
    targets = [0, floor, value // 2, value - 1 if value > 0 else value + 1]
    seen = set()
    for t in targets:
        if isinstance(t, int) and t != value and abs(t) <= abs(value) and t not in seen:
            seen.add(t)
            yield t


def _trim(wire: list[Any]) -> list[Any]:
    while wire and wire[-1] is None:
        wire = wire[:-1]
    return wire
