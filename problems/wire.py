"""The JSON ("wire") form of values, the one shape answers are compared and shown in.

Inputs are generated in wire form and decoded into Python objects by a *shape*
derived from the input spec: ``"plain"``, ``"linked_list"``, ``"tree"`` or
``["list", shape]`` (a list of linked lists, say). Answers are encoded by duck
typing, so a learner's own node classes encode too.
"""

from __future__ import annotations

import math
from collections import deque
import numbers
from typing import Any

from problems.nodes import ListNode, TreeNode, build_list, build_tree, is_list_node, is_tree_node, list_to_wire, tree_to_wire

Shape = Any  # "plain" | "linked_list" | "tree" | ["list", Shape]

_MAX_DEPTH = 200


class WireError(ValueError):
    """A value has no JSON form (an object of an unknown type, a cycle in a tree)."""


def decode(wire: Any, shape: Shape, list_class: type = ListNode, tree_class: type = TreeNode) -> Any:
    """Turn a wire value into the object a solution receives."""
    if shape == "plain" or shape is None:
        return wire
    if shape == "linked_list":
        return build_list(wire, list_class)
    if shape == "tree":
        return build_tree(wire, tree_class)
    if isinstance(shape, (list, tuple)) and shape[0] == "list":
        return [decode(item, shape[1], list_class, tree_class) for item in wire]
    raise ValueError(f"unknown shape {shape!r}")


def encode(value: Any, _depth: int = 0) -> Any:
    """The wire form of an answer: tuples become lists, nodes become lists, never a loop."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return repr(value)
        return value
    if _depth > _MAX_DEPTH:
        raise WireError("the answer is nested too deeply (or contains itself)")
    if isinstance(value, (list, tuple, deque)):  # a deque where a list is asked is the same list
        return [encode(v, _depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        return [encode(v, _depth + 1) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v, _depth + 1) for k, v in value.items()}
    if is_tree_node(value):
        try:
            return [encode(v, _depth + 1) for v in tree_to_wire(value)]
        except ValueError as exc:
            raise WireError(str(exc)) from None
    if is_list_node(value):
        wire = list_to_wire(value)
        if isinstance(wire, dict):
            return {"values": [encode(v, _depth + 1) for v in wire["values"]], "pos": wire["pos"]}
        return [encode(v, _depth + 1) for v in wire]
    if isinstance(value, numbers.Integral):  # numpy ints, say
        return int(value)
    if isinstance(value, numbers.Real):
        return encode(float(value))
    raise WireError(f"an answer of type {type(value).__name__} has no JSON form")


def type_name(value: Any) -> str:
    """A JSON-ish type name for messages that say the type is what differs."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__
