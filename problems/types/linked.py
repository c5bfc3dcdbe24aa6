"""Linked input types: linked_list and tree (decoded into ListNode / TreeNode objects)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any
from collections.abc import Mapping

from problems.nodes import TreeNode, build_list, build_tree, tree_to_wire
from problems.types.base import (
    composite,
    Env,
    FieldErrors,
    InputType,
    Key,
    is_int,
    ordered_error,
    register,
    type_of,
)
from problems.types.sequences import (
    MAX_SIZE,
    MIN_SIZE,
    OF,
    SORTED,
    corner_items,
    distinct_random,
    item_strategy,
    items_violation,
    order,
    ordered_strategy,
    unique_feasibility,
)

if TYPE_CHECKING:  # pragma: no cover
    from hypothesis.strategies import SearchStrategy

CYCLES = ("never", "maybe", "always")
BST_ITEM_TYPES = ("int", "float", "str")


@register
class LinkedListType(InputType):
    name = "linked_list"
    keys = (OF, MIN_SIZE, MAX_SIZE, Key("cycle", "choice", "whether the tail links back", CYCLES), SORTED)
    wire = "a list (or `{values, pos}`)"
    collection = True

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        return ordered_error(spec, where, "min_size", "max_size")

    def shape(self, spec: Mapping[str, Any]) -> Any:
        return "linked_list"

    def decode(self, wire: Any) -> Any:
        return build_list(wire)

    def with_cycle(self, spec: Mapping[str, Any], values: list[Any], wanted: bool, pos: int) -> Any:
        cycle = spec.get("cycle", "never")
        if values and (cycle == "always" or (cycle == "maybe" and wanted)):
            return {"values": values, "pos": pos}
        return values

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        if size is None:
            lo, hi = self.size_range(spec, env)
            size = rng.randint(lo, hi)
        item = spec["of"]
        values = order([type_of(item).sample(item, rng, env) for _ in range(size)], spec.get("sorted", False), rng)
        return self.with_cycle(spec, values, rng.random() < 0.5, rng.randrange(len(values)) if values else 0)

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        k = self.pick_size(spec, env, size_mode)
        values = order(corner_items(spec, env, k, size_mode, value_mode), spec.get("sorted", False), random.Random(0))
        return self.with_cycle(spec, values, size_mode == "max", 0)

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        lo, hi = self.size_range(spec, env)
        values = ordered_strategy(st.lists(item_strategy(spec["of"], env), min_size=lo, max_size=hi), spec.get("sorted", False))
        cycle = spec.get("cycle", "never")
        if cycle == "never":
            return values
        return composite(_with_cycle, values, cycle)

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        cycle = spec.get("cycle", "never")
        if isinstance(value, dict):
            if set(value) != {"values", "pos"} or not isinstance(value["values"], list) or not is_int(value["pos"]):
                return f"{value!r} is not a list or {{values, pos}}"
            if cycle == "never":
                return "a cycle where the spec says never"
            if not 0 <= value["pos"] < len(value["values"]):
                return f"pos {value['pos']} is outside the list"
            values = value["values"]
        elif isinstance(value, list):
            values = value
            if cycle == "always" and values:
                return "no cycle where the spec says always"
        else:
            return f"{value!r} is not a linked list's wire form"
        return self.size_violation(spec, env, len(values), "nodes") or items_violation(spec, env, values)


@register
class TreeType(InputType):
    name = "tree"
    keys = (OF, MIN_SIZE, MAX_SIZE, Key("bst", "flag", "a binary search tree of distinct values"))
    wire = "level order with nulls"
    collection = True

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        errors = ordered_error(spec, where, "min_size", "max_size")
        item = spec["of"]
        if (item["type"] == "const" and item["value"] is None) or (item["type"] == "choice" and None in item["values"]):
            return errors + [(f"{where}.of", "a tree's values cannot be null: null marks a missing child in its level order")]
        if spec.get("bst"):
            if spec["of"]["type"] not in BST_ITEM_TYPES:
                return errors + [(f"{where}.bst", f"a binary search tree needs ordered values: 'of' must be one of {', '.join(BST_ITEM_TYPES)}")]
            errors += unique_feasibility(spec, where, spec["of"], "values")
        return errors

    def shape(self, spec: Mapping[str, Any]) -> Any:
        return "tree"

    def decode(self, wire: Any) -> Any:
        return build_tree(wire)

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        if size is None:
            lo, hi = self.size_range(spec, env)
            size = rng.randint(lo, hi)
        item, bst = spec["of"], bool(spec.get("bst"))
        values = distinct_random(item, rng, env, size) if bst else [type_of(item).sample(item, rng, env) for _ in range(size)]
        return random_tree(values, rng, bst)

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        k = self.pick_size(spec, env, size_mode)
        item = spec["of"]
        if spec.get("bst"):
            values = type_of(item).distinct(item, env, k, high=value_mode == "max")
        else:
            values = [type_of(item).corner(item, env, size_mode, value_mode) for _ in range(k)]
        wire: list[Any] = values[:1]
        for v in values[1:]:  # a path leaning right: the deepest tree of its size (ascending: a BST)
            wire += [None, v]
        return wire

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        lo, hi = self.size_range(spec, env)
        bst = bool(spec.get("bst"))
        values = st.lists(item_strategy(spec["of"], env), min_size=lo, max_size=hi, unique=bst)
        return composite(_tree, values, bst)

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        if not isinstance(value, list):
            return f"{value!r} is not a tree's level order"
        try:
            well_formed = tree_to_wire(build_tree(value)) == value
        except (TypeError, ValueError):
            well_formed = False
        if not well_formed:
            return f"{value!r} is not a level order with nulls (trailing nulls trimmed)"
        values = [v for v in value if v is not None]
        why = self.size_violation(spec, env, len(values), "nodes") or items_violation({"of": spec["of"]}, env, values)
        if why or not spec.get("bst"):
            return why
        in_order = _in_order(build_tree(value))
        return None if all(a < b for a, b in zip(in_order, in_order[1:])) else "not a binary search tree of distinct values"


def _in_order(root: Any) -> list[Any]:
    out: list[Any] = []
    stack: list[Any] = []
    node = root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node.val)
        node = node.right
    return out


def random_tree(values: list[Any], rng: random.Random, bst: bool) -> list[Any]:
    """A random tree over values (a BST when asked), built without recursion."""
    if not values:
        return []
    if bst:
        values = list(values)
        rng.shuffle(values)
    root = TreeNode(values[0])
    for v in values[1:]:
        node = root
        while True:
            go_left = v < node.val if bst else rng.random() < 0.5
            child = node.left if go_left else node.right
            if child is None:
                if go_left:
                    node.left = TreeNode(v)
                else:
                    node.right = TreeNode(v)
                break
            node = child
    return tree_to_wire(root)


def _with_cycle(draw: Any, values: SearchStrategy[Any], cycle: str) -> Any:
    from hypothesis import strategies as st

    vals = draw(values)
    if not vals or (cycle == "maybe" and not draw(st.booleans())):
        return vals
    return {"values": vals, "pos": draw(st.integers(0, len(vals) - 1))}


def _tree(draw: Any, values: SearchStrategy[Any], bst: bool) -> list[Any]:
    from hypothesis import strategies as st

    vals = draw(values)
    if bst:
        vals = sorted(vals)

    def build(chunk: list[Any]) -> TreeNode | None:
        if not chunk:
            return None
        left_size = draw(st.integers(0, len(chunk) - 1))
        if bst:
            node = TreeNode(chunk[left_size])
            node.left, node.right = build(chunk[:left_size]), build(chunk[left_size + 1 :])
        else:
            node = TreeNode(chunk[0])
            node.left, node.right = build(chunk[1 : left_size + 1]), build(chunk[left_size + 1 :])
        return node

    return tree_to_wire(build(vals))
