"""Mistakes named from counterexamples: the predicates, the guides' detectors, and the
accuracy on the corpus of wrong solutions labelled with their known mistake."""

from __future__ import annotations

import pytest

from problems.mistakes import PREDICATES, Case, detector_errors, likely_mistake


def case(catalog, problem: str, inputs: dict, expected, actual, reason: str = "") -> Case:  # type: ignore[no-untyped-def]
    return Case(catalog.problems[problem], inputs, expected, actual, reason)


@pytest.mark.parametrize(
    "name, problem, inputs, expected, actual, holds",
    [
        ("empty_input", "longest-substring-without-repeating", {"s": ""}, 0, 1, True),
        ("single_element", "max-sum-subarray-of-size-k", {"nums": [3], "k": 1}, 3, 0, True),
        ("all_equal", "max-sum-subarray-of-size-k", {"nums": [2, 2, 2], "k": 1}, 2, 0, True),
        ("all_equal", "max-sum-subarray-of-size-k", {"nums": [2, 3], "k": 1}, 3, 0, False),
        ("negatives", "max-sum-subarray-of-size-k", {"nums": [2, -3], "k": 1}, 2, 0, True),
        ("off_by_one", "max-sum-subarray-of-size-k", {"nums": [1, 2], "k": 1}, 2, 3, True),
        ("off_by_one", "max-sum-subarray-of-size-k", {"nums": [1, 2], "k": 1}, 2, 4, False),
        ("no_answer_expected", "pair-with-target-sum", {"nums": [1, 3], "target": 2}, [-1, -1], [0, 0], True),
        ("same_items_other_order", "squaring-sorted-array", {"nums": [-2, 1]}, [1, 4], [4, 1], True),
        ("cycle_at_head", "linked-list-cycle", {"head": {"values": [1, 2], "pos": 0}}, True, False, True),
        ("full_window", "max-sum-subarray-of-size-k", {"nums": [1, 2], "k": 2}, 3, 2, True),
        ("wrong_type", "linked-list-cycle", {"head": [1]}, False, 0, True),
        ("key_absent", "order-agnostic-binary-search", {"nums": [1, 3], "key": 2}, -1, 0, True),
        ("expected_last_index", "order-agnostic-binary-search", {"nums": [1, 3], "key": 3}, 1, -1, True),
    ],
)
def test_predicates(catalog, name: str, problem: str, inputs: dict, expected, actual, holds: bool) -> None:  # type: ignore[no-untyped-def]
    reason = "expected a bool, got an int" if name == "wrong_type" else ""
    assert PREDICATES[name][1](case(catalog, problem, inputs, expected, actual, reason)) is holds


def test_detectors_are_checked() -> None:
    assert detector_errors([{"id": "x", "when": ["off_by_one"], "mistake": 0}], 2) == []
    assert detector_errors([{"id": "x", "when": ["no_such"], "mistake": 0}], 2)[0][0] == "detectors.0.when"
    assert detector_errors([{"id": "x", "when": ["off_by_one"], "mistake": 5}], 2)[0][0] == "detectors.0.mistake"


def test_the_first_detector_that_fires_names_the_mistake_and_its_hint(catalog) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    pattern = replace(catalog.pattern("sliding-window"), detectors=(
        {"id": "never", "when": ["cycle"], "mistake": 0},
        {"id": "length", "when": ["off_by_one"], "mistake": 2, "hint": ["k - 1"]},
    ))
    named = likely_mistake(case(catalog, "max-sum-subarray-of-size-k", {"nums": [1, 2, 3], "k": 2}, 5, 4), pattern)
    assert named is not None and named.detector == "length" and named.mistake == pattern.mistakes[2]
    assert named.hint == 2 and named.to_json()["confidence"] == "likely"
    assert likely_mistake(case(catalog, "max-sum-subarray-of-size-k", {"nums": [1, 2, 3], "k": 2}, 5, 9), pattern) is None
