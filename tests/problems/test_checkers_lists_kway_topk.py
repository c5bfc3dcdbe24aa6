"""The checkers of the k-way-merge and top-k-elements problems: every right answer passes,
every near miss is rejected with a reason, and no answer makes a checker raise."""

from __future__ import annotations

from typing import Any

import pytest

from problems.calling import CallSpec, call
from problems.reference import load_reference

GARBAGE: list[Any] = [None, 0, 1.5, True, "", "x", [], {}, [None], [[]], [1.5], [[1, 2, 3]], [["a", "b"]], [[True, False]], [{"a": 1}], [[None, None]]]


def checker(catalog, problem_id: str):
    problem = catalog.problems[problem_id]
    ref = load_reference(problem)
    spec = CallSpec.for_problem(problem)

    def expected(inputs: dict) -> Any:
        return call(spec, ref.solution, inputs)

    return ref.check, expected


def accepts(check, inputs, answer, expected) -> bool:
    return check(inputs, answer, expected) is True


def rejects(check, inputs, answer, expected) -> bool:
    verdict = check(inputs, answer, expected)
    return isinstance(verdict, str) and bool(verdict)


def never_raises_on_garbage(check, inputs, expected) -> None:
    for answer in GARBAGE:
        verdict = check(inputs, answer, expected)
        assert verdict is True or (isinstance(verdict, str) and verdict), (answer, verdict)
        if answer != expected:
            assert verdict is not True, answer


# --- k-pairs-with-smallest-sums --------------------------------------------------------


def test_k_pairs_accepts_other_tie_breaks_and_orders(catalog) -> None:
    check, expected = checker(catalog, "k-pairs-with-smallest-sums")
    inputs = {"nums1": [0, 5], "nums2": [0, 5], "k": 2}
    exp = expected(inputs)
    assert accepts(check, inputs, [[0, 0], [0, 5]], exp)
    assert accepts(check, inputs, [[5, 0], [0, 0]], exp)  # the other pair of the tie, in another order
    inputs = {"nums1": [1, 1, 2], "nums2": [1, 2, 3], "k": 2}
    assert accepts(check, inputs, [[1, 1], [1, 1]], expected(inputs))  # two positions of the value 1 in nums1


def test_k_pairs_rejects_near_misses(catalog) -> None:
    check, expected = checker(catalog, "k-pairs-with-smallest-sums")
    inputs = {"nums1": [1, 7, 11], "nums2": [2, 4, 6], "k": 3}
    exp = expected(inputs)
    assert accepts(check, inputs, [[1, 6], [1, 2], [1, 4]], exp)
    assert rejects(check, inputs, [[1, 2], [1, 4], [7, 2]], exp)  # sum 9 instead of 7
    assert rejects(check, inputs, [[1, 2], [1, 4]], exp)  # one missing
    assert rejects(check, inputs, [[1, 2], [1, 4], [1, 6], [7, 2]], exp)  # one too many
    assert rejects(check, inputs, [[1, 2], [1, 2], [1, 4]], exp)  # the pair (0, 0) used twice
    assert rejects(check, inputs, [[2, 1], [4, 1], [6, 1]], exp)  # u and v swapped
    assert rejects(check, inputs, [[1, 2], [1, 4], [1, 5]], exp)  # 5 is not in nums2
    assert rejects(check, inputs, [[1, 2], [1, 4], [1.0, 6]], exp)  # a float
    assert rejects(check, inputs, [[1, 2], [1, 4], [True, 6]], exp)  # a bool
    assert rejects(check, inputs, [[1, 2], [1, 4], [1, 6, 0]], exp)  # a triple
    assert rejects(check, inputs, [3, 5, 7], exp)  # sums, not pairs
    inputs = {"nums1": [1, 1, 2], "nums2": [1, 2, 3], "k": 3}
    assert rejects(check, inputs, [[1, 1], [1, 1], [1, 1]], expected(inputs))  # only two positions give [1, 1]
    never_raises_on_garbage(check, inputs, expected(inputs))


# --- k-closest-points-to-origin ----------------------------------------------------------


def test_k_closest_points_accepts_any_tie_and_order(catalog) -> None:
    check, expected = checker(catalog, "k-closest-points-to-origin")
    inputs = {"points": [[3, 0], [0, -3], [1, 1]], "k": 2}
    exp = expected(inputs)
    assert accepts(check, inputs, [[1, 1], [3, 0]], exp)
    assert accepts(check, inputs, [[0, -3], [1, 1]], exp)
    inputs = {"points": [[1, 1], [1, 1], [5, 5]], "k": 2}
    assert accepts(check, inputs, [[1, 1], [1, 1]], expected(inputs))  # a repeated point, twice


def test_k_closest_points_rejects_near_misses(catalog) -> None:
    check, expected = checker(catalog, "k-closest-points-to-origin")
    inputs = {"points": [[1, 3], [3, 4], [2, -1]], "k": 2}
    exp = expected(inputs)
    assert rejects(check, inputs, [[1, 3], [3, 4]], exp)  # a farther point
    assert rejects(check, inputs, [[2, -1]], exp)  # one missing
    assert rejects(check, inputs, [[2, -1], [1, 3], [3, 4]], exp)  # one too many
    assert rejects(check, inputs, [[2, -1], [2, -1]], exp)  # the same point twice, present once
    assert rejects(check, inputs, [[-1, 2], [1, 3]], exp)  # as close, but not a point of the input
    assert rejects(check, inputs, [[2, -1], [1.0, 3]], exp)
    assert rejects(check, inputs, [[2, -1], [True, 3]], exp)
    assert rejects(check, inputs, [[2, -1], [1, 3, 0]], exp)
    assert rejects(check, inputs, [[2, -1], "1,3"], exp)
    never_raises_on_garbage(check, inputs, exp)


# --- top-k-frequent-numbers ----------------------------------------------------------------


def test_top_k_frequent_accepts_any_tie_and_order(catalog) -> None:
    check, expected = checker(catalog, "top-k-frequent-numbers")
    inputs = {"nums": [5, 12, 11, 3, 11], "k": 2}
    exp = expected(inputs)
    for answer in ([11, 5], [12, 11], [11, 3], [3, 11]):
        assert accepts(check, inputs, answer, exp), answer


def test_top_k_frequent_rejects_near_misses(catalog) -> None:
    check, expected = checker(catalog, "top-k-frequent-numbers")
    inputs = {"nums": [1, 3, 5, 12, 11, 12, 11], "k": 2}
    exp = expected(inputs)
    assert rejects(check, inputs, [12, 1], exp)  # 1 occurs once, 11 twice
    assert rejects(check, inputs, [12], exp)
    assert rejects(check, inputs, [12, 11, 1], exp)
    assert rejects(check, inputs, [12, 12], exp)  # a duplicate
    assert rejects(check, inputs, [12, 7], exp)  # 7 is not in nums
    assert rejects(check, inputs, [12, 11.0], exp)
    assert rejects(check, inputs, [12, True], exp)
    assert rejects(check, inputs, ["12", "11"], exp)
    assert rejects(check, inputs, [[12], [11]], exp)
    never_raises_on_garbage(check, inputs, exp)


# --- frequency-sort ---------------------------------------------------------------------


def test_frequency_sort_accepts_every_order_of_tied_blocks(catalog) -> None:
    check, expected = checker(catalog, "frequency-sort")
    inputs = {"s": "tree"}
    exp = expected(inputs)
    assert accepts(check, inputs, "eert", exp) and accepts(check, inputs, "eetr", exp)
    inputs = {"s": "cccaaa"}
    exp = expected(inputs)
    assert accepts(check, inputs, "cccaaa", exp) and accepts(check, inputs, "aaaccc", exp)


def test_frequency_sort_rejects_near_misses(catalog) -> None:
    check, expected = checker(catalog, "frequency-sort")
    inputs = {"s": "cccaaa"}
    exp = expected(inputs)
    assert rejects(check, inputs, "cacaca", exp)  # blocks broken up
    inputs = {"s": "Aabb"}
    exp = expected(inputs)
    assert accepts(check, inputs, "bbaA", exp)
    assert rejects(check, inputs, "Aabb", exp)  # the most frequent is not first
    assert rejects(check, inputs, "bbAA", exp)  # 'a' replaced by 'A'
    assert rejects(check, inputs, "bba", exp)  # a character missing
    assert rejects(check, inputs, "bbaAa", exp)  # one too many
    assert rejects(check, inputs, "bAab", exp)  # the b block split
    assert rejects(check, inputs, ["b", "b", "a", "A"], exp)  # a list, not a string
    never_raises_on_garbage(check, inputs, exp)


# --- rearrange-string ---------------------------------------------------------------------


def test_rearrange_string_accepts_any_valid_arrangement(catalog) -> None:
    check, expected = checker(catalog, "rearrange-string")
    inputs = {"s": "aabbc"}
    exp = expected(inputs)
    for answer in ("ababc", "abcab", "cabab", "bacab", "abcba"):
        assert accepts(check, inputs, answer, exp), answer
    inputs = {"s": "aaab"}
    assert accepts(check, inputs, "", expected(inputs))


def test_rearrange_string_rejects_near_misses(catalog) -> None:
    check, expected = checker(catalog, "rearrange-string")
    inputs = {"s": "aab"}
    exp = expected(inputs)
    assert rejects(check, inputs, "aab", exp)  # equal neighbours
    assert rejects(check, inputs, "", exp)  # an arrangement exists
    assert rejects(check, inputs, "ab", exp)  # a letter missing
    assert rejects(check, inputs, "abab", exp)  # a letter too many
    assert rejects(check, inputs, "aca", exp)  # another letter
    assert rejects(check, inputs, ["a", "b", "a"], exp)
    inputs = {"s": "aaab"}
    assert rejects(check, inputs, "abaa", expected(inputs))  # impossible: only "" is right
    never_raises_on_garbage(check, {"s": "aab"}, exp)


@pytest.mark.parametrize("problem_id", ["k-pairs-with-smallest-sums", "k-closest-points-to-origin", "top-k-frequent-numbers", "frequency-sort", "rearrange-string"])
def test_reference_answers_pass_their_own_checker(catalog, problem_id: str) -> None:
    check, expected = checker(catalog, problem_id)
    for example in catalog.problems[problem_id].examples:
        assert accepts(check, example.input, expected(example.input), example.output)
        assert accepts(check, example.input, example.output, expected(example.input))
