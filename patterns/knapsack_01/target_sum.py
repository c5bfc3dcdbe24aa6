"""Target Sum: reference (memoised count over (index, running sum)) and oracle."""

import random


def find_target_subsets(nums: list[int], target: int) -> int:
    """ways(i, s): how many sign choices for nums[i:] bring a running sum s to target.

    nums[i] is added or subtracted; the count for the rest depends only on (i, s), and
    s stays within [-sum, sum], so the n * (2 * sum + 1) states are each solved once:
    O(n * sum) time and space. (Equivalently: the numbers taking + form a subset P with
    sum(P) = (sum + target) / 2, so this is counting subsets with a given sum.)
    """
    n = len(nums)
    memo: dict[tuple[int, int], int] = {}

    def ways(i: int, s: int) -> int:
        if i == n:
            return 1 if s == target else 0
        key = (i, s)
        if key not in memo:
            memo[key] = ways(i + 1, s + nums[i]) + ways(i + 1, s - nums[i])
        return memo[key]

    return ways(0, 0)


def brute_force(nums: list[int], target: int) -> int:
    """The totals of all 2^n sign patterns, listed one by one and counted."""
    totals = [0]
    for x in nums:
        totals = [t + x for t in totals] + [t - x for t in totals]
    return totals.count(target)


def inputs():
    """Up to 14 numbers (zeros included) with a total of at most 1000; targets that some
    sign pattern reaches, the totals, and arbitrary ones."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([2, 20, 70]))  # 13 * 70 + 90 stays within the total of 1000
        nums = draw(st.lists(st.integers(0, top), min_size=1, max_size=13))
        if draw(st.integers(0, 3)) == 0:  # one large number, up to what the total allows
            nums.insert(draw(st.integers(0, len(nums))), draw(st.integers(0, 1000 - sum(nums))))
        total = sum(nums)
        kind = draw(st.integers(0, 3))
        if kind <= 1:
            signs = draw(st.lists(st.sampled_from([1, -1]), min_size=len(nums), max_size=len(nums)))
            target = sum(s * x for s, x in zip(signs, nums))
        elif kind == 2:
            target = draw(st.sampled_from([0, 1, -1, total, -total, total + 1, total - 1, 1000, -1000]))
        else:
            target = draw(st.integers(-1000, 1000))
        return {"nums": nums, "target": max(-1000, min(1000, target))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n small numbers (n <= 20, the constraint) and a target near 0: every sign pattern
    stays in play for a search without memory."""
    nums = [rng.randint(1, 3) for _ in range(n)]
    return {"nums": nums, "target": sum(nums) % 2}
