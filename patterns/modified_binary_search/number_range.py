"""Number Range: reference (two binary searches, for the first and the last position) and oracle."""

import random


def search_range(nums: list[int], key: int) -> list[int]:
    """Two binary searches that do not stop at a match: O(log n), O(1) space.

    On a match, the first search keeps looking left (hi = mid - 1) and the second keeps
    looking right (lo = mid + 1), each remembering the match. A search that finds the key
    once and then walks over its copies would cost O(n) on a long run of equal numbers.
    """

    def boundary(last: bool) -> int:
        lo, hi, found = 0, len(nums) - 1, -1
        while lo <= hi:
            mid = lo + (hi - lo) // 2
            if nums[mid] < key:
                lo = mid + 1
            elif nums[mid] > key:
                hi = mid - 1
            else:
                found = mid
                if last:
                    lo = mid + 1  # a later copy may exist
                else:
                    hi = mid - 1  # an earlier copy may exist
        return found

    first = boundary(last=False)
    if first == -1:
        return [-1, -1]
    return [first, boundary(last=True)]


def brute_force(nums: list[int], key: int) -> list[int]:
    """Every index holding key; the smallest and the largest."""
    where = [i for i, v in enumerate(nums) if v == key]
    return [where[0], where[-1]] if where else [-1, -1]


def inputs():
    """Sorted lists with long runs of equal numbers; the key is usually one of them."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        nums = sorted(draw(st.lists(st.integers(-5, 5) | st.integers(-10**9, 10**9), max_size=30)))
        kind = draw(st.integers(0, 3))
        if nums and kind <= 1:
            key = draw(st.sampled_from(nums))
        elif nums and kind == 2:
            key = draw(st.sampled_from([nums[0], nums[-1], nums[0] - 1, nums[-1] + 1]))
        else:
            key = draw(st.integers(-6, 6) | st.integers(-10**9, 10**9))
        return {"nums": nums, "key": max(-10**9, min(10**9, key))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """The key fills the middle half: a scan, or one match widened step by step, touches n / 2 numbers."""
    quarter = n // 4
    key = rng.randint(-1000, 1000)
    nums = [key - 1] * quarter + [key] * (n - 2 * quarter) + [key + 1] * quarter
    return {"nums": nums, "key": key}
