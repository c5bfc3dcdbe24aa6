"""Compare an answer with the expected one, by the problem's compare mode.

Answers are wire values (JSON, with tags for what JSON cannot hold: see
``problems.wire``). Equality is strict about JSON types: ``True`` is not ``1`` and
``2.0`` is not ``2`` (the message then says that the type differs), while a tuple and
a list are the same list because both encode to a JSON list; ``-0.0`` equals ``0.0``.

The compare modes are the entries of ``MODES``: a new mode is one function and one line.
"""

from __future__ import annotations

import json
import math
from typing import Any
from collections.abc import Callable

from problems.wire import SET_TAG, a_type, number, tag_of, type_name

REL_TOL = ABS_TOL = 1e-5

Checker = Callable[[dict[str, Any], Any, Any], Any]


def canonical(value: Any) -> str:
    """A string equal for two wire values exactly when they are strictly equal."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"))
    return json.dumps(_positive_zero(value), sort_keys=True, separators=(",", ":")) if "-0.0" in text else text


def _positive_zero(value: Any) -> Any:
    if isinstance(value, float) and value == 0.0:
        return 0.0
    if isinstance(value, list):
        return [_positive_zero(v) for v in value]
    if isinstance(value, dict):
        return {k: _positive_zero(v) for k, v in value.items()}
    return value


def same(expected: Any, actual: Any) -> bool:
    """Strict equality of two wire values."""
    return canonical(expected) == canonical(actual)


def _type_mismatch(expected: Any, actual: Any) -> str | None:
    """Where the first JSON type difference is, if that is what differs."""
    if type_name(expected) != type_name(actual):
        return f"expected {a_type(expected)}, got {a_type(actual)}"
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for i, (e, a) in enumerate(zip(expected, actual)):
            inner = _type_mismatch(e, a)
            if inner:
                return f"item {i}: {inner}"
    return None


def _first_difference(expected: Any, actual: Any) -> str:
    """Where two unequal values of the same type first differ, in words."""
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"expected {len(expected)} items, got {len(actual)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            if not same(e, a):
                return f"item {i} differs: expected {canonical(e)[:80]}, got {canonical(a)[:80]}"
    return "wrong answer"


def exact(expected: Any, actual: Any, inputs: dict[str, Any], checker: Checker | None) -> str | None:
    if same(expected, actual):
        return None
    return _type_mismatch(expected, actual) or _first_difference(expected, actual)


def _close(expected: Any, actual: Any) -> bool:
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(_close(e, a) for e, a in zip(expected, actual))
    e, a = number(expected), number(actual)
    if e is not None and a is not None:
        if isinstance(e, float) and isinstance(a, float) and (math.isnan(e) or math.isnan(a)):
            return math.isnan(e) and math.isnan(a)
        if isinstance(e, int) and isinstance(a, int):
            return e == a or math.isclose(e, a, rel_tol=REL_TOL, abs_tol=ABS_TOL) if max(abs(e), abs(a)) < 2**1000 else e == a
        try:
            return math.isclose(e, a, rel_tol=REL_TOL, abs_tol=ABS_TOL)
        except OverflowError:  # an int too large for a float is never close to a float
            return False
    return same(expected, actual)


def close(expected: Any, actual: Any, inputs: dict[str, Any], checker: Checker | None) -> str | None:
    """Numbers within 1e-5 (relative or absolute), in lists item by item."""
    if _close(expected, actual):
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"expected {len(expected)} items, got {len(actual)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            if not _close(e, a):
                return f"item {i}: " + (close(e, a, inputs, checker) or "differs")
    if number(expected) is not None and number(actual) is None and type_name(actual) != type_name(expected):
        return f"expected a number, got {a_type(actual)}"
    return _type_mismatch(expected, actual) or "wrong answer (beyond 1e-5)"


def _as_list(actual: Any) -> str | None:
    return None if isinstance(actual, list) else f"expected a list, got {a_type(actual)}"


def _unordered(expected: Any, actual: Any, inner: Callable[[Any], Any] = lambda x: x) -> str | None:
    wrong = _as_list(actual)
    if wrong:
        return wrong
    if len(expected) != len(actual):
        return f"expected {len(expected)} items, got {len(actual)}"

    def key(item: Any) -> str:
        return canonical(inner(item))

    if sorted(map(key, expected)) == sorted(map(key, actual)):
        return None
    return _type_mismatch(sorted(expected, key=key), sorted(actual, key=key)) or "wrong answer (as a collection, in any order)"


def unordered(expected: Any, actual: Any, inputs: dict[str, Any], checker: Checker | None) -> str | None:
    """The outer list in any order."""
    return _unordered(expected, actual)


def _sorted_inner(item: Any) -> Any:
    return sorted(item, key=canonical) if isinstance(item, list) else item


def unordered_nested(expected: Any, actual: Any, inputs: dict[str, Any], checker: Checker | None) -> str | None:
    """The outer list in any order, and each inner list in any order."""
    wrong = _as_list(actual) or next((f"item {i}: expected a list, got {a_type(x)}" for i, x in enumerate(actual) if not isinstance(x, list)), None)
    return wrong or _unordered(expected, actual, _sorted_inner)


def checked(expected: Any, actual: Any, inputs: dict[str, Any], checker: Checker | None) -> str | None:
    """Whatever the problem's ``check(inputs, answer, expected)`` accepts (it returns True or why not)."""
    if checker is None:
        raise ValueError("compare mode 'checker' needs the problem's check()")
    verdict = checker(inputs, actual, expected)
    if verdict is True:
        return None
    if verdict is None:
        return "the checker returned None (it must return True or a reason)"
    return verdict if isinstance(verdict, str) and verdict else "the checker rejected this answer"


Mode = Callable[[Any, Any, dict[str, Any], Checker | None], str | None]
MODES: dict[str, Mode] = {
    "exact": exact,
    "float": close,
    "unordered": unordered,
    "unordered-nested": unordered_nested,
    "permutations": unordered,  # the outer list in any order, each inner list exactly
    "checker": checked,
    "in-place": exact,  # the mutated argument, compared exactly
}
COMPARE_MODES = tuple(MODES)


def compare(mode: str, expected: Any, actual: Any, inputs: dict[str, Any] | None = None, checker: Checker | None = None) -> str | None:
    """None when ``actual`` is right, else a short reason it is not."""
    if mode not in MODES:
        raise ValueError(f"unknown compare mode {mode!r}")
    return MODES[mode](expected, actual, inputs or {}, checker)


def compare_calls(mode: str, expected: list[Any], actual: list[Any], operations: list[str]) -> str | None:
    """Design problems: compare operation by operation and name the first that differs."""
    for index, (e, a) in enumerate(zip(expected, actual)):
        why = compare(mode, e, a)
        if why:
            return f"operation {index} ({operations[index]}): {why}"
    if len(expected) != len(actual):
        return f"expected {len(expected)} results, got {len(actual)}"
    return None


__all__ = ["COMPARE_MODES", "MODES", "SET_TAG", "canonical", "compare", "compare_calls", "same", "tag_of"]
