"""Comparison at the edges of what JSON holds: signed zeros, NaN and infinities, sets,
huge integers, and float lists of the wrong length."""

from __future__ import annotations

import json

import pytest

from problems.compare import compare
from problems.wire import encode


@pytest.mark.parametrize("mode", ["float", "exact"])
def test_negative_zero_equals_zero(mode: str) -> None:
    assert compare(mode, 0.0, encode(-0.0)) is None
    assert compare(mode, [1.5, 0.0], encode([1.5, -0.0])) is None
    assert compare("unordered", [0.0, 2.0], encode([2.0, -0.0])) is None


def test_nan_and_infinities_are_tagged_never_strings() -> None:
    assert encode(float("inf")) == {"$float": "inf"} and encode(float("-inf")) == {"$float": "-inf"}
    assert encode(float("nan")) == {"$float": "nan"}
    assert compare("exact", encode(float("inf")), "inf") == "expected a float, got a str"
    assert compare("exact", "inf", encode(float("inf"))) == "expected a str, got a float"
    assert compare("exact", encode(float("inf")), encode(float("inf"))) is None
    assert compare("float", encode(float("inf")), encode(float("-inf"))) is not None
    assert compare("float", encode(float("nan")), encode(float("nan"))) is None
    assert compare("float", 1.0, encode(float("nan"))) is not None
    json.dumps(encode([float("nan"), float("inf")]), allow_nan=False)  # valid strict JSON


def test_a_dict_that_looks_like_a_tag_stays_a_dict() -> None:
    assert encode({"$float": "inf"}) == {"$dict": {"$float": "inf"}}
    assert compare("exact", encode(float("inf")), encode({"$float": "inf"})) is not None


@pytest.mark.parametrize("mode", ["exact", "unordered", "unordered-nested", "permutations"])
def test_a_set_is_not_a_list(mode: str) -> None:
    why = compare(mode, [1, 2, 3], encode({3, 2, 1}))
    assert why is not None and "got a set" in why


def test_a_set_inside_a_list_is_not_a_list() -> None:
    why = compare("unordered-nested", [[1, 2]], encode([{1, 2}]))
    assert why == "item 0: expected a list, got a set"


def test_huge_integers_are_compared_not_a_crash() -> None:
    big = 7**6000  # over 5,000 digits: past Python's 4,300-digit str() limit
    assert compare("exact", encode(big), encode(big)) is None
    why = compare("exact", encode(big), encode(big + 1))
    assert why == "wrong answer"
    assert compare("exact", encode(big), encode(2.0)) == "expected an int, got a float"
    assert compare("float", encode(big), encode(big)) is None
    json.dumps(encode([big, -big]))  # the wire form dumps fine


def test_float_lists_of_another_length_say_so() -> None:
    assert compare("float", [1.0, 2.0, 3.0], [1.0, 2.0]) == "expected 3 items, got 2"
    assert compare("float", [1.0, 2.0], [1.0, 2.5]) == "item 1: wrong answer (beyond 1e-5)"
    assert compare("float", 2.0, "2.0") == "expected a number, got a str"


def test_type_messages_have_articles() -> None:
    assert compare("exact", 1, "1") == "expected an int, got a str"
    assert compare("exact", [1], None) == "expected a list, got a null"
