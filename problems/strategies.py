"""Hypothesis strategies from input specs (imported only to judge or validate).

Every strategy yields wire values (plain JSON), so an input can be shown, stored,
sent to the worker and decoded afresh for each run. Sizes and bounds that are
expressions are evaluated against the parameters drawn before them, inside one
composite draw, so Hypothesis shrinks the whole input together.
"""

from __future__ import annotations

from typing import Any, Mapping

from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from problems.expr import evaluate
from problems.nodes import TreeNode, tree_to_wire
from problems.spec import DEFAULT_INT, DEFAULT_SIZE, alphabet, bounds


def _keep_hypothesis_out_of_cwd() -> None:
    """Hypothesis caches its charmap under ./.hypothesis; the judge writes nothing in the user's folder."""
    import os

    import platformdirs

    home = os.environ.get("GROKPAT_HOME") or platformdirs.user_cache_dir("grokpat")
    set_hypothesis_home_dir(os.path.join(home, "hypothesis"))


_keep_hypothesis_out_of_cwd()


def inputs_strategy(input_spec: Mapping[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """All parameters of a problem, drawn in order, as one dict of wire values."""
    items = list(input_spec.items())

    @st.composite
    def draw_inputs(draw: st.DrawFn) -> dict[str, Any]:
        env: dict[str, Any] = {}
        for name, spec in items:
            env[name] = draw(strategy(spec, env))
        return env

    return draw_inputs()


def strategy(spec: Mapping[str, Any], env: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """The strategy for one parameter, given the parameters drawn before it."""
    kind = spec["type"]
    if kind == "int":
        lo, hi = bounds(spec, "min", "max", env, DEFAULT_INT)
        return st.integers(lo, max(lo, hi))
    if kind == "float":
        lo, hi = bounds(spec, "min", "max", env, DEFAULT_INT)
        return st.floats(lo, hi, allow_nan=False, allow_infinity=False)
    if kind == "bool":
        return st.booleans()
    if kind == "choice":
        return st.sampled_from(spec["values"])
    if kind == "const":
        return st.just(spec["value"])
    lo, hi = bounds(spec, "min_size", "max_size", env, DEFAULT_SIZE)
    hi = max(lo, hi)
    if kind == "str":
        return st.text(alphabet=alphabet(spec), min_size=lo, max_size=hi)
    if kind == "list":
        items = st.lists(strategy(spec["of"], env), min_size=lo, max_size=hi, unique=bool(spec.get("unique")))
        return _ordered(items, spec.get("sorted", False))
    if kind == "linked_list":
        return _linked_list(spec, env, lo, hi)
    if kind == "matrix":
        return _matrix(spec, env)
    if kind == "tree":
        return _tree(spec, env, lo, hi)
    if kind == "intervals":
        return _intervals(spec, env, lo, hi)
    if kind == "edges":
        return _edges(spec, env)
    raise ValueError(f"unknown spec type {kind!r}")


def _ordered(items: st.SearchStrategy[list[Any]], how: Any) -> st.SearchStrategy[list[Any]]:
    if how in (True, "asc"):
        return items.map(sorted)
    if how == "desc":
        return items.map(lambda xs: sorted(xs, reverse=True))
    if how == "asc_or_desc":
        return st.tuples(items, st.booleans()).map(lambda p: sorted(p[0], reverse=p[1]))
    return items


def _linked_list(spec: Mapping[str, Any], env: Mapping[str, Any], lo: int, hi: int) -> st.SearchStrategy[Any]:
    values = _ordered(st.lists(strategy(spec["of"], env), min_size=lo, max_size=hi), spec.get("sorted", False))
    cycle = spec.get("cycle", "never")
    if cycle == "never":
        return values

    @st.composite
    def with_cycle(draw: st.DrawFn) -> Any:
        vals = draw(values)
        if not vals or (cycle == "maybe" and not draw(st.booleans())):
            return vals
        return {"values": vals, "pos": draw(st.integers(0, len(vals) - 1))}

    return with_cycle()


def _matrix(spec: Mapping[str, Any], env: Mapping[str, Any]) -> st.SearchStrategy[list[list[Any]]]:
    rlo, rhi = bounds(spec, "min_rows", "max_rows", env, (1, 6))
    clo, chi = bounds(spec, "min_cols", "max_cols", env, (1, 6))
    item = strategy(spec["of"], env)

    @st.composite
    def matrix(draw: st.DrawFn) -> list[list[Any]]:
        rows = draw(st.integers(rlo, max(rlo, rhi)))
        cols = rows if spec.get("square") else draw(st.integers(clo, max(clo, chi)))
        return [draw(st.lists(item, min_size=cols, max_size=cols)) for _ in range(rows)]

    return matrix()


def _tree(spec: Mapping[str, Any], env: Mapping[str, Any], lo: int, hi: int) -> st.SearchStrategy[list[Any]]:
    bst = bool(spec.get("bst"))
    values = st.lists(strategy(spec["of"], env), min_size=lo, max_size=hi, unique=bst)

    @st.composite
    def tree(draw: st.DrawFn) -> list[Any]:
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

    return tree()


def _intervals(spec: Mapping[str, Any], env: Mapping[str, Any], lo: int, hi: int) -> st.SearchStrategy[list[list[int]]]:
    cmin, cmax = bounds(spec, "min", "max", env, (0, 100))
    if spec.get("disjoint"):
        points = st.lists(st.integers(cmin, cmax), min_size=2 * lo, max_size=2 * hi, unique=True)
        return points.map(lambda ps: sorted(ps)).map(
            lambda ps: [[ps[i], ps[i + 1]] for i in range(0, len(ps) - 1, 2)]
        )
    pair = st.tuples(st.integers(cmin, cmax), st.integers(cmin, cmax)).map(lambda p: [min(p), max(p)])
    return st.lists(pair, min_size=lo, max_size=hi)


def _edges(spec: Mapping[str, Any], env: Mapping[str, Any]) -> st.SearchStrategy[list[list[int]]]:
    vertices = evaluate(spec["vertices"], env)
    base = spec.get("base", 0)
    lo, hi = bounds(spec, "min_size", "max_size", env, (0, max(0, vertices * 2)))
    if vertices < 2:
        return st.just([])
    pair = st.tuples(st.integers(0, vertices - 1), st.integers(0, vertices - 1)).filter(lambda p: p[0] != p[1])
    if not spec.get("acyclic"):
        return st.lists(pair.map(lambda p: [p[0] + base, p[1] + base]), min_size=lo, max_size=hi)

    @st.composite
    def dag(draw: st.DrawFn) -> list[list[int]]:
        order = draw(st.permutations(range(vertices)))
        pairs = draw(st.lists(pair.map(lambda p: (min(p), max(p))), min_size=lo, max_size=hi, unique=True))
        return [[order[i] + base, order[j] + base] for i, j in pairs]

    return dag()
