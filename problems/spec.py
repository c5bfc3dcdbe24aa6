"""The input spec of a problem: what its arguments look like.

A problem's YAML says, per parameter, what kind of value it takes::

    input:
      nums: {type: list, of: {type: int, min: -100, max: 100}, min_size: 1, max_size: 40}
      k:    {type: int, min: 1, max: "len(nums)"}

Bounds and sizes may be expressions over earlier parameters (see ``problems.expr``).
This module checks a spec (``spec_errors``), tells the wire *shape* of each parameter
(``shape_of``), and builds a random instance of a given size for the complexity
probe (``sample``). The Hypothesis strategies live in ``problems.strategies`` so that
browsing the catalog never imports Hypothesis.
"""

from __future__ import annotations

import random
import string
from typing import Any, Mapping

from problems.expr import ExprError, evaluate, names_in

TYPES = {
    "int": {"min", "max"},
    "float": {"min", "max"},
    "bool": set(),
    "str": {"alphabet", "min_size", "max_size"},
    "list": {"of", "min_size", "max_size", "unique", "sorted"},
    "matrix": {"of", "min_rows", "max_rows", "min_cols", "max_cols", "square"},
    "linked_list": {"of", "min_size", "max_size", "cycle", "sorted"},
    "tree": {"of", "min_size", "max_size", "bst"},
    "intervals": {"min", "max", "min_size", "max_size", "disjoint"},
    "edges": {"vertices", "min_size", "max_size", "directed", "acyclic", "base"},
    "choice": {"values"},
    "const": {"value"},
}
ALPHABETS = {
    "lowercase": string.ascii_lowercase,
    "uppercase": string.ascii_uppercase,
    "letters": string.ascii_letters,
    "digits": string.digits,
    "printable": "".join(chr(c) for c in range(32, 127)),
    "alphanumeric": string.ascii_letters + string.digits,
}
SORTED = {False, True, "asc", "desc", "asc_or_desc"}
CYCLES = {"never", "maybe", "always"}
DEFAULT_INT = (-100, 100)
DEFAULT_SIZE = (0, 20)
_BOUND_KEYS = ("min", "max", "min_size", "max_size", "min_rows", "max_rows", "min_cols", "max_cols", "vertices")


def spec_errors(spec: Any, where: str, earlier: set[str]) -> list[tuple[str, str]]:
    """Problems with a spec, as (field path, message) pairs; empty when it is sound."""
    if not isinstance(spec, dict):
        return [(where, "must be a mapping with a 'type'")]
    kind = spec.get("type")
    if kind not in TYPES:
        return [(f"{where}.type", f"unknown type {kind!r}; one of {', '.join(sorted(TYPES))}")]
    errors = []
    for key in spec:
        if key != "type" and key not in TYPES[kind]:
            errors.append((f"{where}.{key}", f"unknown key for type {kind}"))
    for key in _BOUND_KEYS:
        if key in spec:
            try:
                unknown = names_in(spec[key]) - earlier if isinstance(spec[key], str) else set()
                if not isinstance(spec[key], (str, int, float)) or isinstance(spec[key], bool):
                    errors.append((f"{where}.{key}", "must be a number or an expression"))
                elif unknown:
                    errors.append((f"{where}.{key}", f"refers to {', '.join(sorted(unknown))}, not an earlier parameter"))
            except ExprError as exc:
                errors.append((f"{where}.{key}", str(exc)))
    if "of" in TYPES[kind] and kind != "intervals":
        if "of" not in spec:
            errors.append((f"{where}.of", f"a {kind} needs 'of' (the spec of its items)"))
        else:
            errors.extend(spec_errors(spec["of"], f"{where}.of", earlier))
    if kind == "str" and "alphabet" in spec:
        alpha = spec["alphabet"]
        if not isinstance(alpha, str) or not alpha:
            errors.append((f"{where}.alphabet", "must be a non-empty string or a preset name"))
    if kind in ("list", "linked_list") and spec.get("sorted", False) not in SORTED:
        errors.append((f"{where}.sorted", f"must be one of {sorted(map(str, SORTED))}"))
    if kind == "linked_list" and spec.get("cycle", "never") not in CYCLES:
        errors.append((f"{where}.cycle", f"must be one of {sorted(CYCLES)}"))
    if kind == "edges" and "vertices" not in spec:
        errors.append((f"{where}.vertices", "edges need 'vertices' (a number or an earlier parameter)"))
    if kind == "choice" and (not isinstance(spec.get("values"), list) or not spec["values"]):
        errors.append((f"{where}.values", "must be a non-empty list"))
    if kind == "const" and "value" not in spec:
        errors.append((f"{where}.value", "a const needs a value"))
    return errors


def shape_of(spec: Mapping[str, Any]) -> Any:
    """The wire shape of a parameter: how its JSON form becomes the object a solution gets."""
    kind = spec.get("type")
    if kind == "linked_list":
        return "linked_list"
    if kind == "tree":
        return "tree"
    if kind == "list":
        inner = shape_of(spec["of"])
        return "plain" if inner == "plain" else ["list", inner]
    return "plain"


def alphabet(spec: Mapping[str, Any]) -> str:
    """The characters a string may hold (a preset name or the literal characters)."""
    alpha = spec.get("alphabet", "lowercase")
    return ALPHABETS.get(alpha, alpha)


def bounds(spec: Mapping[str, Any], lo_key: str, hi_key: str, env: Mapping[str, Any], default: tuple[int, int]) -> tuple[int, int]:
    """The (low, high) pair of a spec, expressions evaluated against earlier parameters."""
    lo = evaluate(spec.get(lo_key, default[0]), env)
    hi = evaluate(spec.get(hi_key, default[1]), env)
    return lo, hi


def is_collection(spec: Mapping[str, Any]) -> bool:
    """True for the kinds whose size the complexity probe grows."""
    return spec.get("type") in ("list", "str", "linked_list", "tree", "matrix", "intervals", "edges")


# --- random instances of a given size, for the complexity probe ------------------------


def sample_inputs(input_spec: Mapping[str, Any], rng: random.Random, size_param: str, n: int) -> dict[str, Any]:
    """One input in wire form with the parameter ``size_param`` of size ``n``."""
    env: dict[str, Any] = {}
    for name, spec in input_spec.items():
        env[name] = sample(spec, rng, env, n if name == size_param else None)
    return env


def sample(spec: Mapping[str, Any], rng: random.Random, env: Mapping[str, Any], size: int | None = None) -> Any:
    """A random wire value for ``spec``; ``size`` overrides the collection's size (or an int's value)."""
    kind = spec["type"]

    def count(default: tuple[int, int] = DEFAULT_SIZE) -> int:
        if size is not None:
            return size
        lo, hi = bounds(spec, "min_size", "max_size", env, default)
        return rng.randint(lo, max(lo, hi))

    if kind == "int":
        lo, hi = bounds(spec, "min", "max", env, DEFAULT_INT)
        return size if size is not None else rng.randint(lo, max(lo, hi))
    if kind == "float":
        lo, hi = bounds(spec, "min", "max", env, DEFAULT_INT)
        return rng.uniform(lo, hi)
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "choice":
        return rng.choice(spec["values"])
    if kind == "const":
        return spec["value"]
    if kind == "str":
        chars = alphabet(spec)
        return "".join(rng.choice(chars) for _ in range(count()))
    if kind == "list":
        k = count()
        if spec.get("unique"):
            items = _unique_items(spec["of"], rng, env, k)
        else:
            items = [sample(spec["of"], rng, env) for _ in range(k)]
        return _order(items, spec.get("sorted", False), rng)
    if kind == "linked_list":
        values = _order([sample(spec["of"], rng, env) for _ in range(count())], spec.get("sorted", False), rng)
        cycle = spec.get("cycle", "never")
        if values and (cycle == "always" or (cycle == "maybe" and rng.random() < 0.5)):
            return {"values": values, "pos": rng.randrange(len(values))}
        return values
    if kind == "matrix":
        if size is not None:
            rows = cols = max(1, int(round(size**0.5)))
        else:
            rlo, rhi = bounds(spec, "min_rows", "max_rows", env, (1, 6))
            rows = rng.randint(rlo, max(rlo, rhi))
            clo, chi = bounds(spec, "min_cols", "max_cols", env, (1, 6))
            cols = rows if spec.get("square") else rng.randint(clo, max(clo, chi))
        return [[sample(spec["of"], rng, env) for _ in range(cols)] for _ in range(rows)]
    if kind == "tree":
        k = count()
        values = _unique_items(spec["of"], rng, env, k) if spec.get("bst") else [sample(spec["of"], rng, env) for _ in range(k)]
        return _random_tree_wire(values, rng, bst=bool(spec.get("bst")))
    if kind == "intervals":
        lo, hi = bounds(spec, "min", "max", env, (0, 100))
        k = count()
        if spec.get("disjoint"):
            points = sorted(rng.sample(range(lo, max(hi, lo + 2 * k) + 1), 2 * k))
            return [[points[i], points[i + 1]] for i in range(0, 2 * k, 2)]
        out = []
        for _ in range(k):
            a, b = rng.randint(lo, hi), rng.randint(lo, hi)
            out.append([min(a, b), max(a, b)])
        return out
    if kind == "edges":
        vertices = evaluate(spec["vertices"], env)
        k = count((0, vertices * 2))
        base = spec.get("base", 0)
        if vertices < 2:
            return []
        order = list(range(vertices))
        rng.shuffle(order)
        edges = []
        for _ in range(k):
            i, j = rng.sample(range(vertices), 2)
            if spec.get("acyclic"):
                i, j = min(i, j), max(i, j)
                edges.append([order[i] + base, order[j] + base])
            else:
                edges.append([i + base, j + base])
        return edges
    raise ValueError(f"unknown spec type {kind!r}")


def _unique_items(item_spec: Mapping[str, Any], rng: random.Random, env: Mapping[str, Any], k: int) -> list[Any]:
    if item_spec["type"] == "int":
        lo, hi = bounds(item_spec, "min", "max", env, DEFAULT_INT)
        if hi - lo + 1 < k:
            hi = lo + 2 * k  # the probe may outgrow a small domain; distinctness matters more
        return rng.sample(range(lo, hi + 1), k)
    seen: dict[str, Any] = {}
    tries = 0
    while len(seen) < k and tries < 50 * (k + 1):
        value = sample(item_spec, rng, env)
        seen.setdefault(repr(value), value)
        tries += 1
    return list(seen.values())


def _order(items: list[Any], how: Any, rng: random.Random) -> list[Any]:
    if how in (True, "asc"):
        return sorted(items)
    if how == "desc":
        return sorted(items, reverse=True)
    if how == "asc_or_desc":
        return sorted(items, reverse=rng.random() < 0.5)
    return items


def _random_tree_wire(values: list[Any], rng: random.Random, bst: bool) -> list[Any]:
    """A random tree over values (a BST when asked), built without recursion."""
    from problems.nodes import TreeNode, tree_to_wire

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


# --- edge cases, tried before any generated input ------------------------------------

# (size, values): "asc"/"desc" are ramps, where the best answer sits at one end: the
# classic place for an off-by-one at the first or last index.
EDGE_MODES = (("min", "min"), ("min", "max"), ("one", "min"), ("max", "min"), ("max", "max"), ("max", "asc"), ("max", "desc"))


def edge_inputs(input_spec: Mapping[str, Any], size_modes: tuple[str, ...] = ("min", "one", "max")) -> list[dict[str, Any]]:
    """Inputs at the corners of the spec: smallest sizes, one element, largest sizes,
    all-equal items (duplicates) and extreme values; distinct, in a stable order."""
    seen: dict[str, dict[str, Any]] = {}
    for size_mode, value_mode in EDGE_MODES:
        if size_mode not in size_modes:
            continue
        env: dict[str, Any] = {}
        try:
            for name, spec in input_spec.items():
                env[name] = extreme(spec, env, size_mode, value_mode)
        except (ValueError, TypeError, ExprError, KeyError, IndexError):
            continue
        seen.setdefault(repr(env), env)
    return list(seen.values())


def extreme(spec: Mapping[str, Any], env: Mapping[str, Any], size_mode: str, value_mode: str) -> Any:
    """One corner value of a spec (see ``edge_inputs``)."""
    kind = spec["type"]
    pick_hi = value_mode == "max"

    def size(default: tuple[int, int] = DEFAULT_SIZE) -> int:
        lo, hi = bounds(spec, "min_size", "max_size", env, default)
        hi = max(lo, hi)
        return {"min": lo, "one": max(lo, min(1, hi)), "max": hi}[size_mode]

    if kind in ("int", "float"):
        lo, hi = bounds(spec, "min", "max", env, DEFAULT_INT)
        return max(lo, hi) if pick_hi else lo
    if kind == "bool":
        return pick_hi
    if kind == "choice":
        return spec["values"][-1 if pick_hi else 0]
    if kind == "const":
        return spec["value"]
    if kind == "str":
        chars = alphabet(spec)
        return (chars[-1] if pick_hi else chars[0]) * size()
    if kind in ("list", "linked_list"):
        k = size()
        item = spec["of"]
        if spec.get("unique"):
            if item["type"] != "int":
                raise ValueError("distinct corner values only for ints")
            lo, hi = bounds(item, "min", "max", env, DEFAULT_INT)
            if hi - lo + 1 < k:
                raise ValueError("not enough distinct values")
            items = list(range(hi - k + 1, hi + 1)) if pick_hi else list(range(lo, lo + k))
        else:
            items = [extreme(item, env, size_mode, value_mode) for _ in range(k)]
            if value_mode in ("asc", "desc") and item["type"] == "int":
                lo, hi = bounds(item, "min", "max", env, DEFAULT_INT)
                items = [min(lo + i, hi) for i in range(k)]
                items = items if value_mode == "asc" else items[::-1]
        items = _order(items, spec.get("sorted", False), random.Random(0))
        cycle = spec.get("cycle", "never")
        if kind == "linked_list" and items and (cycle == "always" or (cycle == "maybe" and size_mode == "max")):
            return {"values": items, "pos": 0}
        return items
    if kind == "matrix":
        rlo, rhi = bounds(spec, "min_rows", "max_rows", env, (1, 6))
        clo, chi = bounds(spec, "min_cols", "max_cols", env, (1, 6))
        rows = rlo if size_mode != "max" else max(rlo, rhi)
        cols = rows if spec.get("square") else (clo if size_mode != "max" else max(clo, chi))
        return [[extreme(spec["of"], env, size_mode, value_mode) for _ in range(cols)] for _ in range(rows)]
    if kind == "tree":
        k = size()
        if spec.get("bst"):
            lo, _ = bounds(spec["of"], "min", "max", env, DEFAULT_INT)
            values = list(range(lo, lo + k))
        else:
            values = [extreme(spec["of"], env, size_mode, value_mode) for _ in range(k)]
        wire: list[Any] = values[:1]
        for v in values[1:]:  # a path leaning right: the deepest tree of its size
            wire += [None, v]
        return wire
    if kind == "intervals":
        lo, hi = bounds(spec, "min", "max", env, (0, 100))
        k = size()
        if spec.get("disjoint"):
            if hi - lo + 1 < 2 * k:
                raise ValueError("not enough room for disjoint intervals")
            return [[lo + 2 * i, lo + 2 * i + 1] for i in range(k)]
        point = hi if pick_hi else lo
        return [[point, point] for _ in range(k)]
    if kind == "edges":
        return []
    raise ValueError(f"unknown spec type {kind!r}")
