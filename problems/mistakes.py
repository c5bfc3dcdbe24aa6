"""Name the likely mistake behind a wrong answer, from its counterexample.

Each pattern's guide lists its common ``mistakes`` and ``detectors`` that point at them:
``{id, when: [predicate, ...], mistake: <index into mistakes>, hint: [words]}``. A
detector fires when every predicate in ``when`` holds on the failing case (the shrunk
input, the expected and the actual answer, the reason it is wrong). The first that
fires, in the guide's order, names the mistake; the hint it points to is the first of
the problem's hints that holds one of its words. It is a guess from evidence, so it is
only ever said as "likely".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from problems.model import Pattern, Problem


@dataclass(frozen=True)
class Case:
    """A failing case as the judge reports it."""

    problem: Problem
    input: dict[str, Any]
    expected: Any
    actual: Any
    reason: str


@dataclass(frozen=True)
class Named:
    detector: str
    mistake: str
    hint: int | None  # 1-based, into the problem's hints

    def to_json(self) -> dict[str, Any]:
        return {"id": self.detector, "mistake": self.mistake, "hint": self.hint, "confidence": "likely"}


def _collections(case: Case) -> list[Any]:
    """The input's lists and strings (a linked list's values, a tree's nodes, a matrix's cells)."""
    out: list[Any] = []
    for name, value in case.input.items():
        kind = case.problem.input_spec.get(name, {}).get("type")
        if isinstance(value, dict) and "values" in value:
            value = value["values"]
        if kind == "tree" and isinstance(value, list):
            value = [v for v in value if v is not None]
        if kind == "matrix" and isinstance(value, list):
            value = [x for row in value for x in row] if all(isinstance(r, list) for r in value) else value
        if isinstance(value, (list, str)):
            out.append(value)
    return out


def _numbers(case: Case) -> list[float]:
    found: list[float] = []

    def walk(value: Any) -> None:
        if isinstance(value, bool):
            return
        if isinstance(value, (int, float)):
            found.append(value)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)

    walk(case.input)
    return found


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _none_answer(value: Any) -> bool:
    return value in (-1, 0, False, None, "", []) or value == [-1, -1]


PREDICATES: dict[str, tuple[str, Callable[[Case], bool]]] = {
    "empty_input": ("a list, string, list or tree of the input is empty", lambda c: any(len(x) == 0 for x in _collections(c))),
    "single_element": ("a collection of the input has one element", lambda c: any(len(x) == 1 for x in _collections(c))),
    "two_elements": ("a collection of the input has two elements", lambda c: any(len(x) == 2 for x in _collections(c))),
    "all_equal": ("a collection holds one repeated value", lambda c: any(len(x) >= 2 and len({repr(v) for v in x}) == 1 for x in _collections(c))),
    "duplicates": ("a collection holds a value twice", lambda c: any(len({repr(v) for v in x}) < len(x) for x in _collections(c))),
    "negatives": ("the input holds a negative number", lambda c: any(n < 0 for n in _numbers(c))),
    "zeros": ("the input holds a zero", lambda c: any(n == 0 for n in _numbers(c))),
    "off_by_one": ("the answer is one away from the right one", lambda c: _int(c.expected) and _int(c.actual) and abs(c.expected - c.actual) == 1),
    "too_big": ("the answer is larger than the right one", lambda c: _int(c.expected) and _int(c.actual) and c.actual > c.expected),
    "too_small": ("the answer is smaller than the right one", lambda c: _int(c.expected) and _int(c.actual) and c.actual < c.expected),
    "no_answer_expected": ("the right answer is the 'none' one (-1, 0, empty, false)", lambda c: _none_answer(c.expected) and not _none_answer(c.actual)),
    "no_answer_given": ("the answer says 'none' where there is one", lambda c: _none_answer(c.actual) and not _none_answer(c.expected)),
    "true_expected": ("the right answer is true", lambda c: c.expected is True),
    "false_expected": ("the right answer is false", lambda c: c.expected is False),
    "one_item_missing": ("the answer has one item fewer", lambda c: isinstance(c.expected, list) and isinstance(c.actual, list) and len(c.actual) == len(c.expected) - 1),
    "one_item_extra": ("the answer has one item more", lambda c: isinstance(c.expected, list) and isinstance(c.actual, list) and len(c.actual) == len(c.expected) + 1),
    "fewer_items": ("the answer has fewer items", lambda c: isinstance(c.expected, list) and isinstance(c.actual, list) and len(c.actual) < len(c.expected)),
    "more_items": ("the answer has more items", lambda c: isinstance(c.expected, list) and isinstance(c.actual, list) and len(c.actual) > len(c.expected)),
    "same_items_other_order": ("the answer holds the right items in another order", lambda c: isinstance(c.expected, list) and isinstance(c.actual, list)
                               and c.expected != c.actual and sorted(map(repr, c.expected)) == sorted(map(repr, c.actual))),
    "repeated_items": ("the answer repeats an item", lambda c: isinstance(c.actual, list) and len({repr(v) for v in c.actual}) < len(c.actual)),
    "wrong_type": ("the answer has the wrong type", lambda c: "expected a" in c.reason and ", got a" in c.reason and "items" not in c.reason),
    "input_changed": ("the input was changed where it must not be", lambda c: "changed its input" in c.reason),
    "cycle_at_head": ("the linked list's tail links back to its head", lambda c: any(isinstance(v, dict) and v.get("pos") == 0 for v in c.input.values())),
    "cycle": ("the linked list has a cycle", lambda c: any(isinstance(v, dict) and "pos" in v for v in c.input.values())),
    "full_window": ("the window (k) is the whole input", lambda c: _int(c.input.get("k")) and any(len(x) == c.input["k"] for x in _collections(c))),
    "window_of_one": ("the window (k) is 1", lambda c: c.input.get("k") == 1),
    "k_zero": ("k is 0", lambda c: c.input.get("k") == 0),
    "expected_last_index": ("the right answer is the last index", lambda c: _int(c.expected) and any(len(x) >= 2 and c.expected == len(x) - 1 for x in _collections(c))),
    "expected_first_index": ("the right answer is index 0", lambda c: c.expected == 0 and not isinstance(c.expected, bool) and any(len(x) >= 2 for x in _collections(c))),
    "sorted_input": ("a list of the input is sorted ascending (2+ items)", lambda c: any(isinstance(x, list) and len(x) >= 2 and _sorted(x) for x in _collections(c))),
    "descending_input": ("a list of the input is sorted descending (2+ items)", lambda c: any(isinstance(x, list) and len(x) >= 2 and _sorted(x[::-1]) for x in _collections(c))),
    "odd_length": ("a collection has an odd length (3+)", lambda c: any(len(x) >= 3 and len(x) % 2 for x in _collections(c))),
    "even_length": ("a collection has an even length (2+)", lambda c: any(len(x) >= 2 and len(x) % 2 == 0 for x in _collections(c))),
    "key_absent": ("the key or target searched for is not in the input", lambda c: any(k in c.input and not any(c.input[k] in x for x in _collections(c) if isinstance(x, list))
                                                                                    for k in ("key", "target"))),
    "empty_answer_expected": ("the right answer is empty", lambda c: c.expected in ([], "") and c.actual not in ([], "")),
    "empty_answer_given": ("the answer is empty where it should not be", lambda c: c.actual in ([], "") and c.expected not in ([], "")),
    "null_answer": ("the answer is null (nothing returned)", lambda c: c.actual is None and c.expected is not None),
    "single_row_or_column": ("the grid is one row or one column", lambda c: any(isinstance(v, list) and v and all(isinstance(r, list) for r in v) and (len(v) == 1 or all(len(r) == 1 for r in v))
                                                                                 for v in c.input.values())),
}


def _sorted(values: list[Any]) -> bool:
    try:
        return all(a <= b for a, b in zip(values, values[1:]))
    except TypeError:
        return False


def detector_errors(data: Any, mistakes: int) -> list[tuple[str, str]]:
    """Problems with a guide's ``detectors`` (field path, message)."""
    if data is None:
        return []
    if not isinstance(data, list):
        return [("detectors", "a list of {id, when, mistake, hint}")]
    errors = []
    for i, d in enumerate(data):
        where = f"detectors.{i}"
        if not isinstance(d, dict) or set(d) - {"id", "when", "mistake", "hint"} or not isinstance(d.get("id"), str):
            errors.append((where, "a detector is {id, when: [predicates], mistake: <index>, hint: [words]}"))
            continue
        when = d.get("when")
        if not isinstance(when, list) or not when or any(w not in PREDICATES for w in when):
            errors.append((f"{where}.when", f"a list of predicates, from: {', '.join(PREDICATES)}"))
        if not (isinstance(d.get("mistake"), int) and not isinstance(d["mistake"], bool) and 0 <= d["mistake"] < mistakes):
            errors.append((f"{where}.mistake", f"the index of one of the guide's {mistakes} mistakes (0-based)"))
        if "hint" in d and not (isinstance(d["hint"], list) and all(isinstance(w, str) for w in d["hint"])):
            errors.append((f"{where}.hint", "words that find the hint that addresses the mistake"))
    return errors


def likely_mistake(case: Case, pattern: Pattern) -> Named | None:
    """The first of the pattern's detectors that fires on the case, or None."""
    for detector in pattern.detectors:
        try:
            fired = all(PREDICATES[name][1](case) for name in detector["when"])
        except Exception:  # a predicate that does not apply to this answer's shape
            fired = False
        if fired:
            words = [w.lower() for w in detector.get("hint", [])]
            hint = next((i for i, text in enumerate(case.problem.hints, 1) if any(w in text.lower() for w in words)), None)
            return Named(detector["id"], pattern.mistakes[detector["mistake"]], hint)
    return None
