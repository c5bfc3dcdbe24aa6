"""Linked structures round-trip through their wire form without loops; compare modes are strict."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from problems.compare import compare
from problems.nodes import ListNode, TreeNode, build_list, build_tree, list_to_wire, tree_to_wire
from problems.spec import shape_of
from problems.strategies import inputs_strategy
from problems.wire import decode, encode


@given(st.lists(st.integers()), st.data())
def test_linked_lists_round_trip_with_and_without_cycles(values, data) -> None:
    assert list_to_wire(build_list(values)) == values
    if values:
        pos = data.draw(st.integers(0, len(values) - 1))
        wire = {"values": values, "pos": pos}
        assert list_to_wire(build_list(wire)) == wire  # a cycle is named, never walked forever


@given(inputs_strategy({"root": {"type": "tree", "of": {"type": "int", "min": -5, "max": 5}, "max_size": 30}}))
def test_trees_round_trip_in_level_order(inputs) -> None:
    wire = inputs["root"]
    assert tree_to_wire(build_tree(wire)) == wire
    assert not wire or wire[-1] is not None


def test_a_users_own_node_class_encodes_too() -> None:
    class Node:
        def __init__(self, val, next=None):
            self.val, self.next = val, next

    assert encode(Node(1, Node(2))) == [1, 2]
    shared = TreeNode(1)
    shared.left = shared.right = TreeNode(2)
    with pytest.raises(ValueError):
        encode(shared)


def test_decode_by_shape() -> None:
    spec = {"type": "list", "of": {"type": "linked_list", "of": {"type": "int"}}}
    lists = decode([[1, 2], []], shape_of(spec))
    assert isinstance(lists[0], ListNode) and lists[1] is None


@pytest.mark.parametrize(
    "mode, expected, actual, ok",
    [
        ("exact", True, 1, False),
        ("exact", 2, 2.0, False),
        ("exact", [1, 2], [1, 2], True),
        ("float", 2.5, 2.500001, True),
        ("float", 2.5, 2.6, False),
        ("float", 1.0, True, False),
        ("unordered", [1, 2, 2], [2, 1, 2], True),
        ("unordered", [1, 2, 2], [2, 1, 1], False),
        ("unordered-nested", [[1, 2], [3]], [[3], [2, 1]], True),
        ("unordered-nested", [[1, 2], [3]], [[3], [2, 2]], False),
        ("permutations", [[1, 2], [2, 1]], [[2, 1], [1, 2]], True),
        ("permutations", [[1, 2], [2, 1]], [[1, 2], [1, 2]], False),
        ("in-place", [0, 1, 2], [0, 1, 2], True),
    ],
)
def test_compare_modes(mode, expected, actual, ok) -> None:
    assert (compare(mode, expected, actual) is None) == ok


def test_type_difference_is_named() -> None:
    assert compare("exact", True, 1) == "expected a bool, got an int"
    assert "item 1" in compare("exact", [1, 2], [1, 2.0])


def test_tuple_is_the_same_list() -> None:
    assert compare("exact", [1, 2], encode((1, 2))) is None


def test_checker_must_say_true() -> None:
    assert compare("checker", None, 5, {}, lambda i, a, e: None) is not None
    assert compare("checker", None, 5, {}, lambda i, a, e: "too big") == "too big"
    assert compare("checker", None, 5, {}, lambda i, a, e: True) is None
