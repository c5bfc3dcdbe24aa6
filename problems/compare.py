"""Compare an answer with the expected one, by the problem's compare mode.

Answers are wire values (JSON). Equality is strict about JSON types: ``True`` is not
``1`` and ``2.0`` is not ``2`` (the message then says that the type differs), while a
tuple and a list are the same list because both encode to a JSON list.
"""

from __future__ import annotations

import json
import math
from typing import Any, Callable

from problems.wire import type_name

REL_TOL = ABS_TOL = 1e-5

Checker = Callable[[dict[str, Any], Any, Any], Any]


def canonical(value: Any) -> str:
    """A string equal for two wire values exactly when they are strictly equal."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _type_mismatch(expected: Any, actual: Any) -> str | None:
    """Where the first JSON type difference is, if that is what differs."""
    if type_name(expected) != type_name(actual):
        return f"expected a {type_name(expected)}, got a {type_name(actual)}"
    if isinstance(expected, list) and len(expected) == len(actual):
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
            if canonical(e) != canonical(a):
                return f"item {i} differs: expected {canonical(e)[:80]}, got {canonical(a)[:80]}"
    return "wrong answer"


def _exact(expected: Any, actual: Any) -> str | None:
    if canonical(expected) == canonical(actual):
        return None
    return _type_mismatch(expected, actual) or _first_difference(expected, actual)


def _close(expected: Any, actual: Any) -> bool:
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(_close(e, a) for e, a in zip(expected, actual))
    numeric = (int, float)
    if isinstance(expected, numeric) and isinstance(actual, numeric) and not isinstance(expected, bool) and not isinstance(actual, bool):
        return math.isclose(expected, actual, rel_tol=REL_TOL, abs_tol=ABS_TOL)
    return canonical(expected) == canonical(actual)


def _float(expected: Any, actual: Any) -> str | None:
    if _close(expected, actual):
        return None
    if isinstance(actual, bool) or type_name(actual) not in ("int", "float", "list", "null"):
        return f"expected a number, got a {type_name(actual)}"
    return "wrong answer (beyond 1e-5)"


def _as_list(actual: Any) -> str | None:
    return None if isinstance(actual, list) else f"expected a list, got a {type_name(actual)}"


def _unordered(expected: Any, actual: Any, inner: Callable[[Any], Any] = lambda x: x) -> str | None:
    wrong = _as_list(actual)
    if wrong:
        return wrong
    if len(expected) != len(actual):
        return f"expected {len(expected)} items, got {len(actual)}"
    key = lambda item: canonical(inner(item))  # noqa: E731
    if sorted(map(key, expected)) == sorted(map(key, actual)):
        return None
    return _type_mismatch(sorted(expected, key=key), sorted(actual, key=key)) or "wrong answer (as a collection, in any order)"


def _sorted_inner(item: Any) -> Any:
    if isinstance(item, list):
        return sorted(item, key=canonical)
    return item


def compare(mode: str, expected: Any, actual: Any, inputs: dict[str, Any] | None = None, checker: Checker | None = None) -> str | None:
    """None when ``actual`` is right, else a short reason it is not."""
    if mode in ("exact", "in-place"):
        return _exact(expected, actual)
    if mode == "float":
        return _float(expected, actual)
    if mode == "unordered":
        return _unordered(expected, actual)
    if mode == "unordered-nested":
        wrong = _as_list(actual) or next((f"item {i}: expected a list, got a {type_name(x)}" for i, x in enumerate(actual) if not isinstance(x, list)), None)
        return wrong or _unordered(expected, actual, _sorted_inner)
    if mode == "permutations":
        return _unordered(expected, actual)
    if mode == "checker":
        if checker is None:
            raise ValueError("compare mode 'checker' needs the problem's check()")
        verdict = checker(inputs or {}, actual, expected)
        if verdict is True:
            return None
        if verdict is None:
            return "the checker returned None (it must return True or a reason)"
        return verdict if isinstance(verdict, str) and verdict else "the checker rejected this answer"
    raise ValueError(f"unknown compare mode {mode!r}")


def compare_calls(mode: str, expected: list[Any], actual: list[Any], operations: list[str]) -> str | None:
    """Design problems: compare operation by operation and name the first that differs."""
    for index, (e, a) in enumerate(zip(expected, actual)):
        why = compare(mode, e, a)
        if why:
            return f"operation {index} ({operations[index]}): {why}"
    if len(expected) != len(actual):
        return f"expected {len(expected)} results, got {len(actual)}"
    return None
