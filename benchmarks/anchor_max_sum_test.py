"""The judge-speed anchor: 200 Hypothesis examples of max-sum-subarray-of-size-k against
the reference, in-process, with no sandbox and no probe (run by benchmarks/judge_speed.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from problems.catalog import load_catalog
from problems.reference import load_reference

PROBLEM = load_catalog(pack_dirs=[]).find("max-sum-subarray-of-size-k")
REFERENCE = load_reference(PROBLEM).solution


def solution(nums, k):
    window = best = sum(nums[:k])
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best


@st.composite
def inputs(draw):
    nums = draw(st.lists(st.integers(-10_000, 10_000), min_size=1, max_size=40))
    return nums, draw(st.integers(1, len(nums)))


@settings(max_examples=200, database=None, deadline=None)
@given(inputs())
def test_solution_matches_reference(case):
    nums, k = case
    assert solution(list(nums), k) == REFERENCE(list(nums), k)
