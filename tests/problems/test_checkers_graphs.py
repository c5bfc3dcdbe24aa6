"""The checkers of the graph patterns' problems (topological sort): every right answer is
accepted, including ones that differ from the reference's, and every near miss is
rejected with a reason, never an exception."""

from __future__ import annotations

import pytest

from patterns.topological_sort import alien_dictionary, tasks_scheduling_order, topological_sort

GARBAGE = [None, 3, 2.5, True, "abc", {"a": 1}, [None], [[1]], ["1"], [1.0], [True], [-1], [10**9]]


def accepted(module, inputs, answer) -> bool:
    expected = module.brute_force(**inputs)
    return module.check(inputs, answer, expected) is True


def rejected(module, inputs, answer) -> bool:
    expected = module.brute_force(**inputs)
    verdict = module.check(inputs, answer, expected)
    return isinstance(verdict, str) and verdict != ""


# --- topological-sort -------------------------------------------------------------------

TOPO = {"vertices": 5, "edges": [[4, 2], [4, 3], [2, 0], [2, 1], [3, 1]]}


@pytest.mark.parametrize("answer", [[4, 2, 3, 0, 1], [4, 3, 2, 1, 0], [4, 2, 0, 3, 1], (4, 3, 2, 0, 1)])
def test_topological_sort_accepts_every_valid_order(answer) -> None:
    assert accepted(topological_sort, TOPO, list(answer) if isinstance(answer, list) else answer)


def test_topological_sort_accepts_an_order_other_than_the_reference() -> None:
    reference = topological_sort.topological_sort(**TOPO)
    other = [4, 3, 2, 1, 0]
    assert other != reference
    assert accepted(topological_sort, TOPO, other)


@pytest.mark.parametrize(
    "answer",
    [
        [2, 4, 3, 0, 1],  # a child before its parent
        [4, 2, 3, 0],  # a vertex missing
        [4, 2, 3, 0, 1, 1],  # a vertex twice
        [4, 2, 3, 0, 0],  # a duplicate instead of a vertex
        [4, 2, 3, 0, 5],  # not a vertex
        [4, 2, 3, 0, -1],
        [4, 2, 3, 0, True],  # a bool is not a vertex
        [4, 2, 3, 0, 1.0],
        ["4", "2", "3", "0", "1"],
        [],
    ]
    + GARBAGE,
)
def test_topological_sort_rejects_near_misses(answer) -> None:
    assert rejected(topological_sort, TOPO, answer)


def test_topological_sort_isolated_vertices_must_be_listed() -> None:
    inputs = {"vertices": 3, "edges": []}
    assert accepted(topological_sort, inputs, [2, 0, 1])
    assert rejected(topological_sort, inputs, [])
    assert rejected(topological_sort, inputs, [0, 1])


# --- tasks-scheduling-order -------------------------------------------------------------

ORDER = {"tasks": 6, "prerequisites": [[2, 5], [0, 5], [0, 4], [1, 4], [3, 2], [1, 3]]}
CYCLE = {"tasks": 3, "prerequisites": [[0, 1], [1, 0]]}


@pytest.mark.parametrize("answer", [[0, 1, 4, 3, 2, 5], [1, 3, 2, 0, 5, 4], [0, 1, 3, 2, 4, 5], (1, 0, 3, 4, 2, 5)])
def test_tasks_order_accepts_every_valid_order(answer) -> None:
    assert accepted(tasks_scheduling_order, ORDER, answer)


def test_tasks_order_accepts_an_order_other_than_the_reference() -> None:
    reference = tasks_scheduling_order.find_order(**ORDER)
    other = [1, 3, 2, 0, 5, 4]
    assert other != reference
    assert accepted(tasks_scheduling_order, ORDER, other)


@pytest.mark.parametrize(
    "answer",
    [
        [0, 1, 4, 2, 3, 5],  # 2 before 3, though [3, 2] asks 3 first
        [0, 1, 4, 3, 2],  # a task missing
        [0, 1, 4, 3, 2, 5, 5],  # a task twice
        [0, 1, 4, 3, 3, 5],
        [0, 1, 4, 3, 2, 6],  # not a task
        [0, 1, 4, 3, 2, True],
        [],  # an order exists
    ]
    + GARBAGE,
)
def test_tasks_order_rejects_near_misses(answer) -> None:
    assert rejected(tasks_scheduling_order, ORDER, answer)


def test_tasks_order_cycle_wants_the_empty_list() -> None:
    assert accepted(tasks_scheduling_order, CYCLE, [])
    assert accepted(tasks_scheduling_order, CYCLE, ())
    for answer in ([2], [0, 1, 2], [2, 0, 1], None, [None], "", 0, False):
        assert rejected(tasks_scheduling_order, CYCLE, answer)


# --- alien-dictionary -------------------------------------------------------------------

ALIEN = {"words": ["wrt", "wrf", "er", "ett", "rftt"]}
LOOSE = {"words": ["ab", "adc"]}  # only b < d is known


def test_alien_accepts_the_only_order() -> None:
    assert accepted(alien_dictionary, ALIEN, "wertf")


@pytest.mark.parametrize("answer", ["abdc", "cabd", "bdac", "acbd", "bacd", "badc"])
def test_alien_accepts_every_consistent_order(answer) -> None:
    assert accepted(alien_dictionary, LOOSE, answer)


def test_alien_accepts_an_order_other_than_the_reference() -> None:
    reference = alien_dictionary.alien_order(**LOOSE)
    other = "cabd" if reference != "cabd" else "bdac"
    assert accepted(alien_dictionary, LOOSE, other)


@pytest.mark.parametrize(
    "answer",
    [
        "wetrf",  # r and t swapped
        "wert",  # f missing
        "wertff",  # f twice
        "wertfz",  # a letter not in the words
        "",  # an order exists
        "WERTF",
        ["w", "e", "r", "t", "f"],  # a list, not a string
        None,
        5,
        True,
        [],
    ],
)
def test_alien_rejects_near_misses(answer) -> None:
    assert rejected(alien_dictionary, ALIEN, answer)


@pytest.mark.parametrize("answer", ["dbac", "adbc", "abd", "abcdd", "abcde"])
def test_alien_rejects_wrong_orders_of_loose_rules(answer) -> None:
    assert rejected(alien_dictionary, LOOSE, answer)


@pytest.mark.parametrize("words", [["z", "x", "z"], ["abc", "ab"], ["a", "b", "a"], ["ba", "ab", "b", "a"]])
def test_alien_inconsistent_words_want_the_empty_string(words) -> None:
    inputs = {"words": words}
    assert accepted(alien_dictionary, inputs, "")
    letters = "".join(sorted({c for w in words for c in w}))
    for answer in (letters, letters[::-1], None, [], " "):
        assert rejected(alien_dictionary, inputs, answer)


def test_alien_equal_neighbours_and_prefixes_are_fine() -> None:
    inputs = {"words": ["ab", "ab", "abc", "b"]}
    assert accepted(alien_dictionary, inputs, "abc")
    assert accepted(alien_dictionary, inputs, "acb")
    assert rejected(alien_dictionary, inputs, "bac")
