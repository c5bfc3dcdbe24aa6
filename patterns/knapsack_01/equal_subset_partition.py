"""Equal Subset Partition: reference (subset sum for half the total, memoised) and oracle."""

import random


def can_partition(nums: list[int]) -> bool:
    """The two parts have equal sums exactly when one part sums to total / 2.

    An odd total fails at once. Otherwise can(i, s) asks whether some of nums[i:] add
    up to s: nums[i] stays out, or is used once. Each of the n * (total / 2 + 1) states
    (i, s) is solved once: O(n * sum) time and space.
    """
    total = sum(nums)
    if total % 2:
        return False
    n = len(nums)
    memo: dict[tuple[int, int], bool] = {}

    def can(i: int, s: int) -> bool:
        if s == 0:
            return True
        if i == n:
            return False
        key = (i, s)
        if key not in memo:
            memo[key] = (nums[i] <= s and can(i + 1, s - nums[i])) or can(i + 1, s)
        return memo[key]

    return can(0, total // 2)


def brute_force(nums: list[int]) -> bool:
    """The sums of all 2^n choices of a left part: is one of them half the total?"""
    sums = [0]
    for x in nums:
        sums += [s + x for s in sums]
    return any(2 * s == sum(nums) for s in sums)


def inputs():
    """Small lists, often with an even total (and often splittable), on several scales."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([3, 10, 100]))
        kind = draw(st.integers(0, 2))
        if kind == 0:  # two parts built to match: splittable (unless the gap is over 100)
            left = draw(st.lists(st.integers(1, top), min_size=1, max_size=7))
            right = draw(st.lists(st.integers(1, top), min_size=1, max_size=6))
            gap = sum(left) - sum(right)
            if 0 < gap <= 100:
                right.append(gap)
            elif 0 < -gap <= 100:
                left.append(-gap)
            nums = draw(st.permutations(left + right))
        else:
            nums = draw(st.lists(st.integers(1, top), min_size=1, max_size=13))
            if kind == 1 and sum(nums) % 2:  # an even total, which may still fail
                nums.append(1)
        return {"nums": list(nums)}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Even numbers whose total is 2 mod 4: the half is odd, so no split exists and nothing
    stops early, while the total is even so the search has to start."""
    nums = [rng.choice([2, 4, 6]) for _ in range(n)]
    if sum(nums) % 4 == 0:
        nums[-1] = 4 if nums[-1] != 4 else 2
    return {"nums": nums}
