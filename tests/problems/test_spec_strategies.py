"""Input specs become Hypothesis strategies (and probe samples) that honour every constraint."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from problems.nodes import build_tree
from problems.spec import edge_inputs, sample_inputs, spec_errors
from problems.strategies import inputs_strategy

INT = {"type": "int", "min": -5, "max": 5}
SPECS = {
    "nums": {"type": "list", "of": INT, "min_size": 1, "max_size": 12, "sorted": "asc"},
    "k": {"type": "int", "min": 1, "max": "len(nums)"},
    "distinct": {"type": "list", "of": {"type": "int", "min": 0, "max": 50}, "max_size": 10, "unique": True, "sorted": "desc"},
    "word": {"type": "str", "alphabet": "ab", "min_size": 2, "max_size": "k + 2"},
    "grid": {"type": "matrix", "of": {"type": "choice", "values": [0, 1]}, "min_rows": 1, "max_rows": 4, "min_cols": 2, "max_cols": 5},
    "square": {"type": "matrix", "of": INT, "max_rows": 4, "square": True},
    "head": {"type": "linked_list", "of": INT, "max_size": 8, "cycle": "maybe"},
    "root": {"type": "tree", "of": {"type": "int", "min": 0, "max": 99}, "max_size": 15, "bst": True},
    "spans": {"type": "intervals", "min": 0, "max": 30, "max_size": 6, "disjoint": True},
    "meetings": {"type": "intervals", "min": 0, "max": 9, "min_size": 1, "max_size": 6},
    "vertices": {"type": "int", "min": 1, "max": 6},
    "dag": {"type": "edges", "vertices": "vertices", "max_size": 10, "acyclic": True},
}


def check(inputs: dict) -> None:
    nums = inputs["nums"]
    assert 1 <= len(nums) <= 12 and nums == sorted(nums) and all(-5 <= x <= 5 for x in nums)
    assert 1 <= inputs["k"] <= len(nums)
    d = inputs["distinct"]
    assert len(set(d)) == len(d) and d == sorted(d, reverse=True)
    assert set(inputs["word"]) <= {"a", "b"} and 2 <= len(inputs["word"]) <= max(2, inputs["k"] + 2)
    grid = inputs["grid"]
    assert 1 <= len(grid) <= 4 and len({len(r) for r in grid}) == 1 and 2 <= len(grid[0]) <= 5
    assert all(len(row) == len(inputs["square"]) for row in inputs["square"])
    head = inputs["head"]
    if isinstance(head, dict):
        assert 0 <= head["pos"] < len(head["values"])
    root = build_tree(inputs["root"])

    def in_order(node):
        return in_order(node.left) + [node.val] + in_order(node.right) if node else []

    values = in_order(root)
    assert values == sorted(set(values))  # a binary search tree of distinct values
    spans = inputs["spans"]
    assert all(a < b for a, b in spans) and all(spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1))
    assert all(0 <= s <= e <= 9 for s, e in inputs["meetings"])
    order = _topological(inputs["vertices"], inputs["dag"])
    assert order is not None  # acyclic
    assert all(u != v and 0 <= u < inputs["vertices"] and 0 <= v < inputs["vertices"] for u, v in inputs["dag"])


def _topological(n: int, edges: list) -> list | None:
    indegree = [0] * n
    for _, v in edges:
        indegree[v] += 1
    ready = [v for v in range(n) if indegree[v] == 0]
    order = []
    while ready:
        u = ready.pop()
        order.append(u)
        for a, b in edges:
            if a == u:
                indegree[b] -= 1
                if indegree[b] == 0:
                    ready.append(b)
    return order if len(order) == n else None


def test_the_spec_is_sound() -> None:
    earlier: set[str] = set()
    for name, spec in SPECS.items():
        assert spec_errors(spec, name, earlier) == []
        earlier.add(name)


@settings(max_examples=150)
@given(inputs_strategy(SPECS))
def test_generated_inputs_honour_the_spec(inputs) -> None:
    check(inputs)


@given(st.integers(0, 2**32))
@settings(max_examples=30)
def test_probe_samples_honour_the_spec_at_any_size(seed) -> None:
    rng = random.Random(seed)
    spec = {k: v for k, v in SPECS.items() if k in ("nums", "k", "distinct")}
    sample = sample_inputs(spec, rng, "nums", 500)
    assert len(sample["nums"]) == 500 and sample["nums"] == sorted(sample["nums"])
    assert 1 <= sample["k"] <= 500


def test_edge_inputs_reach_the_corners() -> None:
    edges = edge_inputs({"nums": SPECS["nums"], "k": SPECS["k"]})
    assert {"nums": [-5], "k": 1} in edges  # smallest
    assert {"nums": [5] * 12, "k": 12} in edges  # largest, all duplicates, extreme values
    for inputs in edges:
        assert 1 <= inputs["k"] <= len(inputs["nums"])


def test_spec_errors_name_the_field() -> None:
    assert spec_errors({"type": "list"}, "input.nums", set()) == [("input.nums.of", "a list needs 'of' (the spec of its items)")]
    errors = spec_errors({"type": "int", "max": "len(later)"}, "input.k", {"nums"})
    assert errors and errors[0][0] == "input.k.max" and "later" in errors[0][1]
    assert spec_errors({"type": "heap"}, "input.x", set())[0][0] == "input.x.type"
