"""The JSON ("wire") form of values, the one shape answers are compared and shown in.

Inputs are generated in wire form and decoded into Python objects by a *shape*
derived from the input spec: ``"plain"``, the name of a linked type (``"linked_list"``,
``"tree"``: its codec is in the type registry) or ``["list", shape]`` (a list of linked
lists, say). Answers are encoded by duck typing, so a learner's own node classes
encode too.

Values JSON cannot hold exactly are *tagged*, one-key objects that no plain answer
can be mistaken for: ``{"$float": "inf"}`` (also ``-inf``, ``nan``), ``{"$int": "0x..."}``
for integers too long for a decimal string to be cheap, ``{"$set": [...]}`` for a set
(a set is not a list), and ``{"$dict": {...}}`` for a dict that would look like a tag.
"""

from __future__ import annotations

import math
import numbers
from collections import deque
from typing import Any

from problems.nodes import is_list_node, is_tree_node, list_to_wire, tree_to_wire

Shape = Any  # "plain" | "linked_list" | "tree" | ["list", Shape]

FLOAT_TAG, INT_TAG, SET_TAG, DICT_TAG = "$float", "$int", "$set", "$dict"
TAGS = (FLOAT_TAG, INT_TAG, SET_TAG, DICT_TAG)
BIG_INT_BITS = 12_000  # about 3,600 decimal digits: below Python's 4,300-digit str() limit
_MAX_DEPTH = 200


class WireError(ValueError):
    """A value has no JSON form (an object of an unknown type, a cycle in a tree)."""


def decode(wire: Any, shape: Shape) -> Any:
    """Turn a wire value into the object a solution receives."""
    if shape == "plain" or shape is None:
        return wire
    if isinstance(shape, (list, tuple)) and shape and shape[0] == "list":
        return [decode(item, shape[1]) for item in wire]
    from problems.types import TYPES

    if isinstance(shape, str) and shape in TYPES:
        return TYPES[shape].decode(wire)
    raise ValueError(f"unknown shape {shape!r}")


def tag_of(value: Any) -> str | None:
    """The tag of a tagged wire value, or None."""
    if isinstance(value, dict) and len(value) == 1:
        key = next(iter(value))
        if key in TAGS:
            return key
    return None


def encode(value: Any, _depth: int = 0) -> Any:
    """The wire form of an answer: tuples become lists, nodes become lists, never a loop."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return {INT_TAG: hex(value)} if value.bit_length() > BIG_INT_BITS else value
    if isinstance(value, float):
        if math.isnan(value):
            return {FLOAT_TAG: "nan"}
        if math.isinf(value):
            return {FLOAT_TAG: "inf" if value > 0 else "-inf"}
        return value
    if _depth > _MAX_DEPTH:
        raise WireError("the answer is nested too deeply (or contains itself)")
    if isinstance(value, (list, tuple, deque)):  # a deque where a list is asked is the same list
        return [encode(v, _depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        from problems.compare import canonical

        return {SET_TAG: sorted((encode(v, _depth + 1) for v in value), key=canonical)}
    if isinstance(value, dict):
        out = {str(k): encode(v, _depth + 1) for k, v in value.items()}
        return {DICT_TAG: out} if tag_of(out) else out
    if is_tree_node(value):
        try:
            return [encode(v, _depth + 1) for v in tree_to_wire(value)]
        except ValueError as exc:
            raise WireError(str(exc)) from None
    if is_list_node(value):
        try:
            wire = list_to_wire(value)
        except ValueError as exc:
            raise WireError(str(exc)) from None
        if isinstance(wire, dict):
            return {"values": [encode(v, _depth + 1) for v in wire["values"]], "pos": wire["pos"]}
        return [encode(v, _depth + 1) for v in wire]
    if isinstance(value, numbers.Integral):  # numpy ints, say
        return encode(int(value))
    if isinstance(value, numbers.Real):
        return encode(float(value))
    raise WireError(f"an answer of type {type(value).__name__} has no JSON form")


def type_name(value: Any) -> str:
    """A JSON-ish type name for messages that say the type is what differs."""
    tag = tag_of(value)
    if tag is not None:
        return {FLOAT_TAG: "float", INT_TAG: "int", SET_TAG: "set", DICT_TAG: "object"}[tag]
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


def a_type(value: Any) -> str:
    """``a list``, ``an int``: the type name with its article."""
    name = type_name(value)
    return ("an " if name[0] in "aeiou" else "a ") + name


def number(value: Any) -> float | int | None:
    """The numeric value of a wire number (tagged ones too), or None when it is not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    tag = tag_of(value)
    if tag == FLOAT_TAG:
        return float(value[FLOAT_TAG])
    if tag == INT_TAG:
        return int(value[INT_TAG], 16)
    return None
