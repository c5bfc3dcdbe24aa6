"""Every registered input type keeps its promises: whatever it produces belongs to its spec.

For each type a strategy of *specs* (``SPEC_STRATEGIES``: a new type adds its own here,
and a test fails until it does); for every generated spec, the probe's samples, every
corner value and every value its Hypothesis strategy draws satisfy the spec they came
from (bounds, sizes, uniqueness, sortedness, bst, disjointness, acyclicity, base), as
the type's own ``violation`` and independent checks here say.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from problems.compare import COMPARE_MODES
from problems.nodes import build_list, build_tree, list_to_wire, tree_to_wire
from problems.spec import edge_inputs, spec_errors
from problems.types import EDGE_MODES, TYPES, NoCorner, format_table, type_of
from problems.types.graphs import EdgesType, has_cycle
from tests.conftest import EXAMPLES

FORMAT_MD = Path(__file__).resolve().parents[2] / "problems" / "FORMAT.md"


@st.composite
def _bounds(draw: st.DrawFn, lo: int = -50, hi: int = 50, most: int = 30) -> tuple[int, int]:
    a = draw(st.integers(lo, hi))
    return a, a + draw(st.integers(0, most))


@st.composite
def _sizes(draw: st.DrawFn, most: int = 8) -> dict[str, int]:
    a = draw(st.integers(0, 3))
    return {"min_size": a, "max_size": a + draw(st.integers(0, most))}


INT = _bounds().map(lambda b: {"type": "int", "min": b[0], "max": b[1]})
FLOAT = st.tuples(st.floats(-100, 100), st.floats(0, 50)).map(lambda p: {"type": "float", "min": p[0], "max": p[0] + p[1]})
BOOL = st.just({"type": "bool"})
STR = st.tuples(st.sampled_from(["ab", "lowercase", "xyz", "digits", "a"]), _sizes()).map(lambda p: {"type": "str", "alphabet": p[0], **p[1]})
CHOICE = st.lists(st.integers(-9, 9), min_size=1, max_size=5).map(lambda vs: {"type": "choice", "values": vs})
CONST = st.sampled_from([0, "x", [1, 2], None, True]).map(lambda v: {"type": "const", "value": v})
SORTABLE = st.one_of(INT, FLOAT, STR, CHOICE)
SCALAR = st.one_of(INT, FLOAT, BOOL, STR, CHOICE, CONST)


def _feasible(spec: dict[str, Any]) -> bool:
    return spec_errors(spec, "x", set()) == []


@st.composite
def _list(draw: st.DrawFn) -> dict[str, Any]:
    unique, ordered = draw(st.booleans()), draw(st.sampled_from([False, True, "asc", "desc", "asc_or_desc"]))
    item = draw(SORTABLE if ordered else SCALAR)
    spec = {"type": "list", "of": item, **draw(_sizes()), "unique": unique, "sorted": ordered}
    return spec if _feasible(spec) else {**spec, "unique": False}


@st.composite
def _matrix(draw: st.DrawFn) -> dict[str, Any]:
    r, c = draw(_bounds(0, 3, 4)), draw(_bounds(0, 3, 4))
    return {"type": "matrix", "of": draw(SCALAR), "min_rows": r[0], "max_rows": r[1], "min_cols": c[0], "max_cols": c[1], "square": draw(st.booleans())}


@st.composite
def _linked_list(draw: st.DrawFn) -> dict[str, Any]:
    ordered = draw(st.sampled_from([False, "asc", "desc"]))
    return {"type": "linked_list", "of": draw(SORTABLE if ordered else SCALAR), **draw(_sizes()), "cycle": draw(st.sampled_from(["never", "maybe", "always"])), "sorted": ordered}


@st.composite
def _tree(draw: st.DrawFn) -> dict[str, Any]:
    bst = draw(st.booleans())
    spec = {"type": "tree", "of": draw(st.one_of(INT, STR) if bst else SCALAR.filter(lambda s: s.get("value", 0) is not None)), **draw(_sizes(12)), "bst": bst}
    return spec if _feasible(spec) else {**spec, "bst": False}


@st.composite
def _intervals(draw: st.DrawFn) -> dict[str, Any]:
    lo, hi = draw(_bounds(-20, 20, 40))
    spec = {"type": "intervals", "min": lo, "max": hi, **draw(_sizes()), "disjoint": draw(st.booleans())}
    return spec if _feasible(spec) else {**spec, "disjoint": False}


@st.composite
def _edges(draw: st.DrawFn) -> dict[str, Any]:
    vertices = draw(st.integers(0, 7))
    spec = {"type": "edges", "vertices": vertices, "directed": draw(st.booleans()), "acyclic": draw(st.booleans()), "base": draw(st.sampled_from([0, 1]))}
    most = EdgesType.most_edges(spec, vertices)
    lo = draw(st.integers(0, most))
    return {**spec, "min_size": lo, "max_size": draw(st.integers(lo, most))}


SPEC_STRATEGIES: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "int": INT,
    "float": FLOAT,
    "bool": BOOL,
    "str": STR,
    "choice": CHOICE,
    "const": CONST,
    "list": _list(),
    "matrix": _matrix(),
    "linked_list": _linked_list(),
    "tree": _tree(),
    "intervals": _intervals(),
    "edges": _edges(),
}
PROPERTY = settings(max_examples=max(20, EXAMPLES // 2), suppress_health_check=list(HealthCheck), deadline=None)


def test_every_registered_type_has_a_spec_strategy_here() -> None:
    assert set(SPEC_STRATEGIES) == set(TYPES)


def test_format_md_lists_the_registry() -> None:
    text = FORMAT_MD.read_text(encoding="utf-8")
    assert format_table() in text, "regenerate the table with problems.types.format_table()"
    assert f"compare: exact                          # {' | '.join(COMPARE_MODES)}" in text


# --- independent checks of the promises --------------------------------------------------


def independent_problem(spec: dict[str, Any], value: Any) -> str | None:
    """The structural promises, checked without the type's own code."""
    kind = spec["type"]
    if kind == "float":
        return None if isinstance(value, float) and spec["min"] <= value <= spec["max"] else f"float {value!r}"
    if kind == "int":
        return None if type(value) is int and spec["min"] <= value <= spec["max"] else f"int {value!r}"
    if kind == "tree":
        values = [v for v in value if v is not None]
        if spec.get("bst"):
            of = spec["of"]
            if of["type"] == "int" and not all(of["min"] <= v <= of["max"] for v in values):
                return f"bst values outside [{of['min']}, {of['max']}]: {value!r}"
        return None if spec["min_size"] <= len(values) <= spec["max_size"] else f"tree of {len(values)} nodes"
    if kind == "edges":
        base, n = spec["base"], spec["vertices"]
        pairs = [(u - base, v - base) for u, v in value]
        if any(not (0 <= u < n and 0 <= v < n) or u == v for u, v in pairs):
            return f"bad vertex in {value!r}"
        keys = pairs if spec["directed"] else [tuple(sorted(p)) for p in pairs]
        if len(set(keys)) != len(keys):
            return f"repeated edge in {value!r}"
        if spec["acyclic"] and has_cycle(n, pairs, spec["directed"]):
            return f"cycle in {value!r}"
    if kind == "intervals" and spec.get("disjoint"):
        if any(not a[1] < b[0] for a, b in zip(value, value[1:])):
            return f"overlap in {value!r}"
    return None


def assert_belongs(spec: dict[str, Any], value: Any, where: str) -> None:
    why = type_of(spec).violation(spec, {}, value)
    assert why is None, f"{where}: {value!r} breaks {spec!r}: {why}"
    other = independent_problem(spec, value)
    assert other is None, f"{where}: {other} for {spec!r}"


@pytest.mark.parametrize("kind", sorted(SPEC_STRATEGIES))
def test_samples_corners_and_draws_belong_to_their_spec(kind: str) -> None:
    @PROPERTY
    @given(SPEC_STRATEGIES[kind], st.data(), st.integers(0, 2**32))
    def check(spec: dict[str, Any], data: st.DataObject, seed: int) -> None:
        assert spec_errors(spec, "x", set()) == [], spec
        itype = type_of(spec)
        assert_belongs(spec, itype.sample(spec, random.Random(seed), {}), "sample")
        for size_mode, value_mode in EDGE_MODES:
            try:
                corner = itype.corner(spec, {}, size_mode, value_mode)
            except NoCorner:
                continue
            assert_belongs(spec, corner, f"corner {size_mode}/{value_mode}")
        assert_belongs(spec, data.draw(itype.strategy(spec, {})), "draw")

    check()


@pytest.mark.parametrize("kind", ["list", "str", "linked_list", "tree", "intervals", "matrix"])
def test_probe_samples_take_the_size_asked(kind: str) -> None:
    @PROPERTY
    @given(SPEC_STRATEGIES[kind], st.integers(0, 2**32), st.integers(0, 60))
    def check(spec: dict[str, Any], seed: int, n: int) -> None:
        if spec.get("unique") or spec.get("bst"):  # distinct items: only an int range is widened to fit n
            domain = type_of(spec["of"]).domain_size(spec["of"])
            assume(spec["of"]["type"] == "int" or domain is None or domain >= n)
        value = type_of(spec).sample(spec, random.Random(seed), {}, n)
        if kind == "tree":
            assert len([v for v in value if v is not None]) == n
        elif kind == "linked_list":
            assert len(value["values"] if isinstance(value, dict) else value) == n
        elif kind == "matrix":
            assert len(value) == max(1, round(n**0.5))
        else:
            assert len(value) == n

    check()


def test_linked_codecs_round_trip() -> None:
    @PROPERTY
    @given(st.one_of(SPEC_STRATEGIES["linked_list"], SPEC_STRATEGIES["tree"]), st.data())
    def check(spec: dict[str, Any], data: st.DataObject) -> None:
        value = data.draw(type_of(spec).strategy(spec, {}))
        obj = type_of(spec).decode(value)
        assert (list_to_wire(obj) if spec["type"] == "linked_list" else tree_to_wire(obj)) == value

    check()


# --- the bugs this registry fixed ----------------------------------------------------------


def test_bst_corners_keep_the_value_bounds() -> None:
    spec = {"type": "tree", "of": {"type": "int", "min": -5, "max": 5}, "min_size": 0, "max_size": 11, "bst": True}
    corners = edge_inputs({"root": spec})
    assert corners and any(len([v for v in c["root"] if v is not None]) == 11 for c in corners)
    for corner in corners:
        assert all(-5 <= v <= 5 for v in corner["root"] if v is not None), corner


def test_a_bst_larger_than_its_value_range_is_an_error() -> None:
    spec = {"type": "tree", "of": {"type": "int", "min": -5, "max": 5}, "max_size": 25, "bst": True}
    assert spec_errors(spec, "input.root", set()) == [("input.root.max_size", "max_size is 25, but the item spec allows only 11 distinct values")]


def test_a_bst_of_strings_is_built_of_strings() -> None:
    spec = {"type": "tree", "of": {"type": "str", "alphabet": "abc", "min_size": 1, "max_size": 2}, "max_size": 6, "bst": True}
    for corner in edge_inputs({"root": spec}):
        values = [v for v in corner["root"] if v is not None]
        assert all(isinstance(v, str) for v in values), corner
        assert type_of(spec).violation(spec, {}, corner["root"]) is None


def test_a_tree_of_nulls_is_refused() -> None:
    errors = spec_errors({"type": "tree", "of": {"type": "const", "value": None}}, "input.root", set())
    assert errors and errors[0][0] == "input.root.of" and "null" in errors[0][1]


def test_a_bst_of_bools_is_refused() -> None:
    errors = spec_errors({"type": "tree", "of": {"type": "bool"}, "bst": True}, "input.root", set())
    assert errors and errors[0][0] == "input.root.bst"


def test_float_corners_are_floats() -> None:
    corners = edge_inputs({"x": {"type": "float", "min": 0, "max": 3}, "xs": {"type": "list", "of": {"type": "float", "min": -1, "max": 1}, "max_size": 3}})
    assert corners
    for corner in corners:
        assert type(corner["x"]) is float and all(type(v) is float for v in corner["xs"]), corner


@given(st.integers(0, 2**32))
@settings(max_examples=50)
def test_undirected_edges_are_undirected(seed: int) -> None:
    spec = {"type": "edges", "vertices": 6, "directed": False, "max_size": 15}
    edges = type_of(spec).sample(spec, random.Random(seed), {})
    assert len({frozenset(e) for e in edges}) == len(edges)
    forest = {"type": "edges", "vertices": 6, "directed": False, "acyclic": True, "max_size": 5}
    assert not has_cycle(6, [tuple(e) for e in type_of(forest).sample(forest, random.Random(seed), {})], directed=False)


def test_directed_must_be_a_bool_and_is_bounded_by_the_pairs() -> None:
    assert spec_errors({"type": "edges", "vertices": 4, "directed": "no"}, "input.e", set())[0][0] == "input.e.directed"
    errors = spec_errors({"type": "edges", "vertices": 4, "directed": False, "max_size": 7}, "input.e", set())
    assert errors == [("input.e.max_size", "max_size is 7, but 4 vertices allow at most 6 such edges")]


def test_linked_lists_decode_to_nodes() -> None:
    spec = {"type": "linked_list", "of": {"type": "int"}, "cycle": "always"}
    head = type_of(spec).decode({"values": [1, 2, 3], "pos": 1})
    assert list_to_wire(head) == {"values": [1, 2, 3], "pos": 1}
    assert list_to_wire(build_list([4])) == [4] and tree_to_wire(build_tree([1, None, 2])) == [1, None, 2]
