"""The checkers of the palindromic-subsequence and longest-common-substring patterns:
every right answer accepted, every near miss rejected, nothing raises."""

from __future__ import annotations

import pytest

from problems.reference import load_reference


@pytest.fixture(scope="module")
def scs(catalog):
    return load_reference(catalog.problems["shortest-common-supersequence"])


def verdict(ref, s1: str, s2: str, answer):
    inputs = {"s1": s1, "s2": s2}
    expected = ref.solution(s1, s2)
    return ref.check(inputs, answer, expected)


@pytest.mark.parametrize(
    "s1, s2, answer",
    [
        ("abac", "cab", "cabac"),   # the stated example
        ("ab", "cd", "cdab"),       # another order of the four letters
        ("ab", "cd", "acbd"),
        ("ab", "cd", "cabd"),
        ("abcf", "bdcf", "abdcf"),
        ("abcbf", "bcf", "abcbf"),  # one string contains the other
        ("aaa", "aaa", "aaa"),
        ("a", "b", "ba"),
        ("abc", "abc", "abc"),
        ("ab", "ba", "aba"),
        ("ab", "ba", "bab"),
    ],
)
def test_scs_accepts_every_shortest_supersequence(scs, s1, s2, answer):
    assert verdict(scs, s1, s2, answer) is True


def test_scs_accepts_answers_that_differ_from_the_reference(scs):
    # the reference writes one of the shortest strings; the other one is right too
    ref_answer = scs.solution("ab", "ba")
    other = "bab" if ref_answer == "aba" else "aba"
    assert other != ref_answer
    assert verdict(scs, "ab", "ba", other) is True


@pytest.mark.parametrize(
    "s1, s2, answer",
    [
        ("abcf", "bdcf", "adbcf"),    # "bdcf" is not a subsequence ("d" before "b")
        ("abac", "cab", "cabca"),     # "abac" is not a subsequence (a letter out of place)
        ("abac", "cab", "caba"),      # a letter missing
        ("abac", "cab", "cabacc"),    # a letter too many: a supersequence, but not shortest
        ("abac", "cab", "abaccab"),   # plain concatenation
        ("ab", "cd", "abd"),          # "c" missing
        ("ab", "cd", "abdc"),         # c and d swapped
        ("ab", "cd", "aabcd"),        # a duplicate letter
        ("abc", "abc", "abcabc"),
        ("abc", "abc", "cba"),
        ("a", "b", ""),
    ],
)
def test_scs_rejects_near_misses(scs, s1, s2, answer):
    result = verdict(scs, s1, s2, answer)
    assert result is not True and isinstance(result, str)


@pytest.mark.parametrize(
    "answer",
    [None, 5, 5.0, True, False, ["c", "a", "b", "a", "c"], ("c", "a", "b", "a", "c"), {"cabac": 1}, b"cabac"],
)
def test_scs_rejects_wrong_types_without_raising(scs, answer):
    result = verdict(scs, "abac", "cab", answer)
    assert result is not True and isinstance(result, str)
