"""Sequence input types: list and matrix."""

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING, Any
from collections.abc import Mapping

from problems.types.base import (
    composite,
    DEFAULT_INT,
    DEFAULT_SIZE,
    Env,
    FieldErrors,
    InputType,
    Key,
    bounds,
    literal,
    ordered_error,
    register,
    type_of,
)

if TYPE_CHECKING:  # pragma: no cover
    from hypothesis.strategies import SearchStrategy

SORTED_CHOICES = (False, True, "asc", "desc", "asc_or_desc")
OF = Key("of", "spec", "the spec of its items", required=True)
MIN_SIZE = Key("min_size", "size", "the fewest items")
MAX_SIZE = Key("max_size", "size", "the most items")
SORTED = Key("sorted", "choice", "the order of the items", SORTED_CHOICES)


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def order(items: list[Any], how: Any, rng: random.Random) -> list[Any]:
    """Sort as a spec's ``sorted`` asks (``asc_or_desc`` picks a direction at random)."""
    if how in (True, "asc"):
        return sorted(items)
    if how == "desc":
        return sorted(items, reverse=True)
    if how == "asc_or_desc":
        return sorted(items, reverse=rng.random() < 0.5)
    return items


def order_violation(items: list[Any], how: Any) -> str | None:
    if how is False:
        return None
    try:
        ascending = all(a <= b for a, b in zip(items, items[1:]))
        descending = all(a >= b for a, b in zip(items, items[1:]))
    except TypeError:
        return "the items cannot be ordered"
    ok = {True: ascending, "asc": ascending, "desc": descending, "asc_or_desc": ascending or descending}[how]
    return None if ok else f"the items are not sorted {how if isinstance(how, str) else 'asc'}"


def unique_feasibility(spec: Mapping[str, Any], where: str, item: Mapping[str, Any], what: str = "items") -> FieldErrors:
    """A unique collection cannot ask for more items than its item spec has values."""
    domain = type_of(item).domain_size(item)
    if domain is None:
        return []
    for key, default in (("min_size", DEFAULT_SIZE[0]), ("max_size", DEFAULT_SIZE[1])):
        size = spec.get(key, default)
        if literal(size) and size > domain:
            said = "" if key in spec else " (the default)"
            return [(f"{where}.{key}", f"{key} is {size}{said}, but the item spec allows only {domain} distinct {what}")]
    return []


def distinct_random(item: Mapping[str, Any], rng: random.Random, env: Env, k: int) -> list[Any]:
    """``k`` distinct random items (for the probe, an int range too small is widened:
    at large sizes distinctness matters more than the range)."""
    if item["type"] == "int":
        lo, hi = bounds(item, "min", "max", env, DEFAULT_INT)
        if hi - lo + 1 < k:
            hi = lo + 2 * k
        return rng.sample(range(lo, hi + 1), k)
    seen: dict[str, Any] = {}
    tries = 0
    while len(seen) < k and tries < 50 * (k + 1):
        value = type_of(item).sample(item, rng, env)
        seen.setdefault(canonical(value), value)
        tries += 1
    return list(seen.values())


@register
class ListType(InputType):
    name = "list"
    keys = (OF, MIN_SIZE, MAX_SIZE, Key("unique", "flag", "no two items equal"), SORTED)
    wire = "a list"
    collection = True

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        errors = ordered_error(spec, where, "min_size", "max_size")
        if spec.get("unique"):
            errors += unique_feasibility(spec, where, spec["of"])
        return errors

    def shape(self, spec: Mapping[str, Any]) -> Any:
        inner = type_of(spec["of"]).shape(spec["of"])
        return "plain" if inner == "plain" else ["list", inner]

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        if size is None:
            lo, hi = self.size_range(spec, env)
            size = rng.randint(lo, hi)
        item = spec["of"]
        if spec.get("unique"):
            items = distinct_random(item, rng, env, size)
        else:
            items = [type_of(item).sample(item, rng, env) for _ in range(size)]
        return order(items, spec.get("sorted", False), rng)

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        return order(corner_items(spec, env, self.pick_size(spec, env, size_mode), size_mode, value_mode), spec.get("sorted", False), random.Random(0))

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        lo, hi = self.size_range(spec, env)
        item = spec["of"]
        items = item_strategy(item, env)
        if not spec.get("unique"):
            lists = st.lists(items, min_size=lo, max_size=hi)
        elif item["type"] in ("int", "str", "bool"):
            lists = st.lists(items, min_size=lo, max_size=hi, unique=True)
        else:
            lists = st.lists(items, min_size=lo, max_size=hi, unique_by=canonical)
        return ordered_strategy(lists, spec.get("sorted", False))

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        if not isinstance(value, list):
            return f"{value!r} is not a list"
        return self.size_violation(spec, env, len(value)) or items_violation(spec, env, value)


def item_strategy(item: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
    return type_of(item).strategy(item, env)


def ordered_strategy(items: SearchStrategy[list[Any]], how: Any) -> SearchStrategy[list[Any]]:
    from hypothesis import strategies as st

    if how in (True, "asc"):
        return items.map(sorted)
    if how == "desc":
        return items.map(lambda xs: sorted(xs, reverse=True))
    if how == "asc_or_desc":
        return st.tuples(items, st.booleans()).map(lambda p: sorted(p[0], reverse=p[1]))
    return items


def corner_items(spec: Mapping[str, Any], env: Env, k: int, size_mode: str, value_mode: str) -> list[Any]:
    """The items of a list-like corner: distinct ones when unique, else all equal or a ramp."""
    item = spec["of"]
    itype = type_of(item)
    if spec.get("unique"):
        return itype.distinct(item, env, k, high=value_mode == "max")
    if value_mode in ("asc", "desc") and item["type"] == "int":
        lo, hi = bounds(item, "min", "max", env, DEFAULT_INT)
        ramp = [min(lo + i, hi) for i in range(k)]
        return ramp if value_mode == "asc" else ramp[::-1]
    return [itype.corner(item, env, size_mode, value_mode) for _ in range(k)]


def items_violation(spec: Mapping[str, Any], env: Env, items: list[Any]) -> str | None:
    """Item types, uniqueness and order of a list-like value."""
    item = spec["of"]
    for i, x in enumerate(items):
        why = type_of(item).violation(item, env, x)
        if why:
            return f"item {i}: {why}"
    if spec.get("unique") and len({canonical(x) for x in items}) != len(items):
        return "the items are not unique"
    return order_violation(items, spec.get("sorted", False))


@register
class MatrixType(InputType):
    name = "matrix"
    keys = (
        OF,
        Key("min_rows", "size", "the fewest rows"),
        Key("max_rows", "size", "the most rows"),
        Key("min_cols", "size", "the fewest columns"),
        Key("max_cols", "size", "the most columns"),
        Key("square", "flag", "as many columns as rows"),
    )
    wire = "a list of rows"
    collection = True
    default_side = (1, 6)

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        return ordered_error(spec, where, "min_rows", "max_rows") + ordered_error(spec, where, "min_cols", "max_cols")

    def sides(self, spec: Mapping[str, Any], env: Env) -> tuple[tuple[int, int], tuple[int, int]]:
        rlo, rhi = bounds(spec, "min_rows", "max_rows", env, self.default_side)
        clo, chi = bounds(spec, "min_cols", "max_cols", env, self.default_side)
        rows = (max(0, rlo), max(max(0, rlo), rhi))
        return rows, (rows if spec.get("square") else (max(0, clo), max(max(0, clo), chi)))

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        (rlo, rhi), (clo, chi) = self.sides(spec, env)
        if size is not None:
            rows = cols = max(1, int(round(size**0.5)))
        else:
            rows = rng.randint(rlo, rhi)
            cols = rows if spec.get("square") else rng.randint(clo, chi)
        item = spec["of"]
        return [[type_of(item).sample(item, rng, env) for _ in range(cols)] for _ in range(rows)]

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        (rlo, rhi), (clo, chi) = self.sides(spec, env)
        rows = rhi if size_mode == "max" else rlo
        cols = rows if spec.get("square") else (chi if size_mode == "max" else clo)
        item = spec["of"]
        value = type_of(item).corner(item, env, size_mode, value_mode)
        return [[value for _ in range(cols)] for _ in range(rows)]

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:

        (rlo, rhi), (clo, chi) = self.sides(spec, env)
        item = item_strategy(spec["of"], env)
        square = bool(spec.get("square"))
        return composite(_matrix, rlo, rhi, clo, chi, item, square)

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
            return f"{value!r} is not a list of rows"
        (rlo, rhi), (clo, chi) = self.sides(spec, env)
        if not rlo <= len(value) <= rhi:
            return f"{len(value)} rows, not between {rlo} and {rhi}"
        widths = {len(row) for row in value}
        if len(widths) > 1:
            return "the rows differ in length"
        cols = widths.pop() if widths else 0
        if value and spec.get("square") and cols != len(value):
            return f"{len(value)} rows but {cols} columns: not square"
        if value and not clo <= cols <= chi:
            return f"{cols} columns, not between {clo} and {chi}"
        item = spec["of"]
        for r, row in enumerate(value):
            for c, x in enumerate(row):
                why = type_of(item).violation(item, env, x)
                if why:
                    return f"cell [{r}][{c}]: {why}"
        return None


def _matrix(draw: Any, rlo: int, rhi: int, clo: int, chi: int, item: SearchStrategy[Any], square: bool) -> list[list[Any]]:
    from hypothesis import strategies as st

    rows = draw(st.integers(rlo, rhi))
    cols = rows if square else draw(st.integers(clo, chi))
    return [draw(st.lists(item, min_size=cols, max_size=cols)) for _ in range(rows)]
