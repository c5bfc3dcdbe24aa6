"""Trapping Rain Water: reference (two pointers from both ends), oracle, hooks."""

import random


def trap(height: list[int]) -> int:
    """Pointers at both ends with the tallest bar seen from each side. The side whose
    maximum is lower is settled: its water level is that maximum, because a bar at least
    as tall is known to stand on the other side. O(n) time, O(1) space."""
    left, right = 0, len(height) - 1
    left_max = right_max = water = 0
    while left <= right:
        if left_max <= right_max:
            left_max = max(left_max, height[left])
            water += left_max - height[left]
            left += 1
        else:
            right_max = max(right_max, height[right])
            water += right_max - height[right]
            right -= 1
    return water


def brute_force(height: list[int]) -> int:
    """The definition: at each position, the lower of the tallest bars on either side
    (itself included), minus its own height. O(n^2)."""
    return sum(min(max(height[: i + 1]), max(height[i:])) - h for i, h in enumerate(height))


def inputs():
    """Heights from a tiny range (plateaus, equal walls, ties at the maximum) or the full
    range; one bar, all equal, ramps and valleys come up often."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        hi = draw(st.sampled_from([1, 3, 8, 10**5]))
        return {"height": draw(st.lists(st.integers(0, hi), min_size=1, max_size=30))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Random heights: water everywhere between the walls, and scanning both sides from
    each position costs O(n^2)."""
    return {"height": [rng.randint(0, 10**5) for _ in range(n)]}
