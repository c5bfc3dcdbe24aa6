"""Interval and graph input types: intervals and edges."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any
from collections.abc import Mapping

from problems.expr import evaluate
from problems.types.base import (
    composite,
    Env,
    FieldErrors,
    InputType,
    Key,
    NoCorner,
    bounds,
    is_int,
    literal,
    ordered_error,
    register,
)
from problems.types.sequences import MAX_SIZE, MIN_SIZE

if TYPE_CHECKING:  # pragma: no cover
    from hypothesis.strategies import SearchStrategy

COORDINATES = (0, 100)


@register
class IntervalsType(InputType):
    name = "intervals"
    keys = (
        Key("min", "bound", "the smallest coordinate"),
        Key("max", "bound", "the largest coordinate"),
        MIN_SIZE,
        MAX_SIZE,
        Key("disjoint", "flag", "sorted, and no two share a point"),
    )
    wire = "`[[start, end], ...]`"
    collection = True

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        errors = ordered_error(spec, where, "min", "max") + ordered_error(spec, where, "min_size", "max_size")
        lo, hi, most = spec.get("min", COORDINATES[0]), spec.get("max", COORDINATES[1]), spec.get("max_size", 20)
        if not errors and spec.get("disjoint") and literal(lo) and literal(hi) and literal(most) and hi - lo + 1 < 2 * most:
            errors.append((f"{where}.max_size", f"{most} disjoint intervals need {2 * most} distinct points, but [{lo}, {hi}] holds {hi - lo + 1}"))
        return errors

    def coordinates(self, spec: Mapping[str, Any], env: Env) -> tuple[int, int]:
        lo, hi = bounds(spec, "min", "max", env, COORDINATES)
        return lo, max(lo, hi)

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        lo, hi = self.coordinates(spec, env)
        if size is None:
            size = rng.randint(*self.size_range(spec, env))
        if spec.get("disjoint"):
            top = hi if hi - lo + 1 >= 2 * size else lo + 2 * size - 1  # the probe may outgrow the range
            points = sorted(rng.sample(range(lo, top + 1), 2 * size))
            return [[points[i], points[i + 1]] for i in range(0, 2 * size, 2)]
        out = []
        for _ in range(size):
            a, b = rng.randint(lo, hi), rng.randint(lo, hi)
            out.append([min(a, b), max(a, b)])
        return out

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        lo, hi = self.coordinates(spec, env)
        k = self.pick_size(spec, env, size_mode)
        if spec.get("disjoint"):
            if hi - lo + 1 < 2 * k:
                raise NoCorner("not enough room for disjoint intervals")
            return [[lo + 2 * i, lo + 2 * i + 1] for i in range(k)]
        point = hi if value_mode == "max" else lo
        return [[point, point] for _ in range(k)]

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        cmin, cmax = self.coordinates(spec, env)
        lo, hi = self.size_range(spec, env)
        if spec.get("disjoint"):
            points = st.lists(st.integers(cmin, cmax), min_size=2 * lo, max_size=2 * hi, unique=True)
            return points.map(sorted).map(lambda ps: [[ps[i], ps[i + 1]] for i in range(0, len(ps) - 1, 2)])
        pair = st.tuples(st.integers(cmin, cmax), st.integers(cmin, cmax)).map(lambda p: [min(p), max(p)])
        return st.lists(pair, min_size=lo, max_size=hi)

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        if not isinstance(value, list):
            return f"{value!r} is not a list of intervals"
        lo, hi = self.coordinates(spec, env)
        for i, pair in enumerate(value):
            if not (isinstance(pair, list) and len(pair) == 2 and all(is_int(x) for x in pair)):
                return f"interval {i}: {pair!r} is not [start, end]"
            if not lo <= pair[0] <= pair[1] <= hi:
                return f"interval {i}: {pair!r} is not within {lo} <= start <= end <= {hi}"
        if spec.get("disjoint"):
            for a, b in zip(value, value[1:]):
                if not a[1] < b[0]:
                    return f"{a!r} and {b!r} are not sorted and disjoint"
            if any(s == e for s, e in value):
                return "a disjoint interval must not be a single point"
        return self.size_violation(spec, env, len(value), "intervals")


@register
class EdgesType(InputType):
    name = "edges"
    keys = (
        Key("vertices", "bound", "how many vertices (a number or an earlier parameter)", required=True),
        MIN_SIZE,
        MAX_SIZE,
        Key("directed", "flag", "[u, v] and [v, u] are different edges (default true)"),
        Key("acyclic", "flag", "no cycle: a DAG when directed, a forest when not"),
        Key("base", "choice", "the first vertex's number", (0, 1)),
    )
    wire = "`[[u, v], ...]` (no self-loops, no repeated edge)"
    collection = True

    def consistency(self, spec: Mapping[str, Any], where: str) -> FieldErrors:
        errors = ordered_error(spec, where, "min_size", "max_size")
        vertices = spec["vertices"]
        if not errors and literal(vertices):
            most = self.most_edges(spec, int(vertices))
            for key in ("min_size", "max_size"):
                if literal(spec.get(key)) and spec[key] > most:
                    errors.append((f"{where}.{key}", f"{key} is {spec[key]}, but {vertices} vertices allow at most {most} such edges"))
        return errors

    @staticmethod
    def most_edges(spec: Mapping[str, Any], vertices: int) -> int:
        if vertices < 2:
            return 0
        directed, acyclic = spec.get("directed", True), spec.get("acyclic", False)
        if not directed and acyclic:
            return vertices - 1
        pairs = vertices * (vertices - 1) // 2
        return pairs * 2 if directed and not acyclic else pairs

    def shape_of_graph(self, spec: Mapping[str, Any], env: Env) -> tuple[int, int, int, int]:
        """(vertices, base, fewest edges, most edges) for this draw."""
        vertices = max(0, int(evaluate(spec["vertices"], env)))
        most = self.most_edges(spec, vertices)
        lo, hi = bounds(spec, "min_size", "max_size", env, (0, max(0, vertices * 2)))
        lo = min(max(0, lo), most)
        return vertices, spec.get("base", 0), lo, min(max(lo, hi), most)

    def sample(self, spec: Mapping[str, Any], rng: random.Random, env: Env, size: int | None = None) -> Any:
        vertices, base, lo, hi = self.shape_of_graph(spec, env)
        k = min(size, self.most_edges(spec, vertices)) if size is not None else rng.randint(lo, hi)
        order = list(range(vertices))
        rng.shuffle(order)
        directed, acyclic = spec.get("directed", True), spec.get("acyclic", False)
        edges: list[list[int]] = []
        if acyclic and not directed:  # a random forest: each chosen vertex hangs below an earlier one
            for i in sorted(rng.sample(range(1, vertices), k)) if k else []:
                edges.append([order[i], order[rng.randrange(i)]])
        else:
            seen: set[tuple[int, int]] = set()
            while len(edges) < k:
                i, j = rng.sample(range(vertices), 2)
                if acyclic:
                    i, j = min(i, j), max(i, j)
                u, v = (order[i], order[j]) if acyclic else (i, j)
                key = (u, v) if directed else (min(u, v), max(u, v))
                if key not in seen:
                    seen.add(key)
                    edges.append([u, v])
        return [[u + base, v + base] for u, v in edges]

    def corner(self, spec: Mapping[str, Any], env: Env, size_mode: str, value_mode: str) -> Any:
        vertices, base, lo, hi = self.shape_of_graph(spec, env)
        k = {"min": lo, "one": max(lo, min(1, hi)), "max": hi}[size_mode]
        pairs = [(i, i + gap) for gap in range(1, vertices) for i in range(vertices - gap)]  # a path first
        if len(pairs) < k:  # directed and cyclic: the reversed pairs too
            pairs += [(j, i) for i, j in pairs]
        if len(pairs) < k:
            raise NoCorner("not enough edges")
        flip = value_mode == "max"
        return [[(j if flip else i) + base, (i if flip else j) + base] for i, j in pairs[:k]]

    def strategy(self, spec: Mapping[str, Any], env: Env) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        vertices, base, lo, hi = self.shape_of_graph(spec, env)
        if vertices < 2 or hi == 0:
            return st.just([])
        directed, acyclic = spec.get("directed", True), spec.get("acyclic", False)
        if acyclic and not directed:
            return composite(_forest, vertices, base, lo, hi)
        pair = st.tuples(st.integers(0, vertices - 1), st.integers(0, vertices - 1)).filter(lambda p: p[0] != p[1])
        if acyclic:
            return composite(_dag, vertices, base, lo, hi, pair)
        key = (lambda p: p) if directed else (lambda p: (min(p), max(p)))
        return st.lists(pair, min_size=lo, max_size=hi, unique_by=key).map(lambda ps: [[u + base, v + base] for u, v in ps])

    def violation(self, spec: Mapping[str, Any], env: Env, value: Any) -> str | None:
        if not isinstance(value, list):
            return f"{value!r} is not a list of edges"
        vertices, base, lo, hi = self.shape_of_graph(spec, env)
        directed = spec.get("directed", True)
        seen: set[tuple[int, int]] = set()
        for i, edge in enumerate(value):
            if not (isinstance(edge, list) and len(edge) == 2 and all(is_int(x) for x in edge)):
                return f"edge {i}: {edge!r} is not [u, v]"
            u, v = edge[0] - base, edge[1] - base
            if not (0 <= u < vertices and 0 <= v < vertices):
                return f"edge {i}: {edge!r} names a vertex outside {base}..{base + vertices - 1}"
            if u == v:
                return f"edge {i}: {edge!r} is a self-loop"
            key = (u, v) if directed else (min(u, v), max(u, v))
            if key in seen:
                return f"edge {i}: {edge!r} is repeated"
            seen.add(key)
        if not lo <= len(value) <= hi:
            return f"{len(value)} edges, not between {lo} and {hi}"
        if spec.get("acyclic") and has_cycle(vertices, [(u - base, v - base) for u, v in value], directed):
            return "the edges form a cycle"
        return None


def has_cycle(vertices: int, edges: list[tuple[int, int]], directed: bool) -> bool:
    """A directed cycle (Kahn's algorithm leaves vertices) or an undirected one (union-find)."""
    if not directed:
        parent = list(range(vertices))

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for u, v in edges:
            ru, rv = root(u), root(v)
            if ru == rv:
                return True
            parent[ru] = rv
        return False
    indegree = [0] * vertices
    out: list[list[int]] = [[] for _ in range(vertices)]
    for u, v in edges:
        out[u].append(v)
        indegree[v] += 1
    ready = [x for x in range(vertices) if indegree[x] == 0]
    done = 0
    while ready:
        x = ready.pop()
        done += 1
        for y in out[x]:
            indegree[y] -= 1
            if indegree[y] == 0:
                ready.append(y)
    return done != vertices


def _forest(draw: Any, vertices: int, base: int, lo: int, hi: int) -> list[list[int]]:
    from hypothesis import strategies as st

    order = draw(st.permutations(range(vertices)))
    children = draw(st.lists(st.integers(1, vertices - 1), min_size=lo, max_size=hi, unique=True))
    return [[order[c] + base, order[draw(st.integers(0, c - 1))] + base] for c in children]


def _dag(draw: Any, vertices: int, base: int, lo: int, hi: int, pair: SearchStrategy[tuple[int, int]]) -> list[list[int]]:
    from hypothesis import strategies as st

    order = draw(st.permutations(range(vertices)))
    pairs = draw(st.lists(pair.map(lambda p: (min(p), max(p))), min_size=lo, max_size=hi, unique=True))
    return [[order[i] + base, order[j] + base] for i, j in pairs]
