"""Triplet Sum Close to Target: reference (sort + two pointers per element) and oracle."""

import random
from itertools import combinations


def triplet_sum_close_to_target(nums: list[int], target: int) -> int:
    """Sort, fix one number, walk a pair from both ends toward target: O(n^2) time.

    For a fixed i, a sum below target rules out every pair (left, r) with r < right (their
    sums are smaller still), so left moves on; a sum above target rules out (l, right) for
    l > left. Every sum that could be the closest on either side of target is visited.
    """
    nums = sorted(nums)
    best = nums[0] + nums[1] + nums[2]
    for i in range(len(nums) - 2):
        left, right = i + 1, len(nums) - 1
        while left < right:
            total = nums[i] + nums[left] + nums[right]
            if total == target:
                return total  # nothing can be closer
            # closer wins; at the same distance the smaller sum wins
            if (abs(total - target), total) < (abs(best - target), best):
                best = total
            if total < target:
                left += 1
            else:
                right -= 1
    return best


def brute_force(nums: list[int], target: int) -> int:
    """Every triple of positions: O(n^3)."""
    sums = [sum(t) for t in combinations(nums, 3)]
    return min(sums, key=lambda s: (abs(s - target), s))


def probe(n: int, rng: random.Random) -> dict:
    """Even numbers and an odd target: no triplet hits target exactly, so nothing returns early."""
    nums = [2 * rng.randint(-500, 500) for _ in range(n)]
    return {"nums": nums, "target": 2 * rng.randint(-500, 499) + 1}


def inputs():
    """Random lists; often target lies exactly halfway between two neighbouring triplet sums (a tie)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        nums = draw(st.lists(st.integers(-50, 50), min_size=3, max_size=40))
        target = draw(st.integers(-200, 200))
        if draw(st.booleans()):
            sums = sorted({sum(t) for t in combinations(nums, 3)})
            halfway = [(a + b) // 2 for a, b in zip(sums, sums[1:]) if (a + b) % 2 == 0 and b - a >= 2]
            if halfway:
                target = draw(st.sampled_from(halfway))
        return {"nums": nums, "target": target}

    return draw()
