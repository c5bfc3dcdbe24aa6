"""Pair with Target Sum: reference (two pointers from both ends), oracle and checker."""

import random


def pair_with_target_sum(nums: list[int], target: int) -> list[int]:
    """Pointers at both ends of the sorted array move toward each other: O(n) time, O(1) space.

    If nums[left] + nums[right] is too small, nums[left] is too small for every index still
    in range (they are all <= nums[right]), so left moves on; symmetrically for right.
    """
    left, right = 0, len(nums) - 1
    while left < right:  # strict: an element may not pair with itself
        pair_sum = nums[left] + nums[right]
        if pair_sum == target:
            return [left, right]
        if pair_sum < target:
            left += 1
        else:
            right -= 1
    return [-1, -1]


def brute_force(nums: list[int], target: int) -> list[int]:
    """Try every pair i < j: O(n^2)."""
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return [-1, -1]


def inputs():
    """Sorted lists where target is often the sum of two of their elements, or twice one of them."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        nums = sorted(draw(st.lists(st.integers(-50, 50), min_size=1, max_size=40)))
        kind = draw(st.integers(0, 3))
        if len(nums) >= 2 and kind <= 1:  # the sum of two different positions
            i = draw(st.integers(0, len(nums) - 2))
            j = draw(st.integers(i + 1, len(nums) - 1))
            target = nums[i] + nums[j]
        elif kind == 2:  # twice one element: a trap for pairing an element with itself
            target = 2 * draw(st.sampled_from(nums))
        else:
            target = draw(st.integers(-100, 100))
        return {"nums": nums, "target": target}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Even numbers and an odd target: no pair exists, so every pair must be ruled out."""
    nums = sorted(2 * rng.randint(-50_000, 50_000) for _ in range(n))
    return {"nums": nums, "target": 2 * rng.randint(-1000, 1000) + 1}


def check(inputs: dict, answer, expected):
    """Any [i, j] with i < j and nums[i] + nums[j] == target; [-1, -1] only when no pair exists."""
    nums, target = inputs["nums"], inputs["target"]
    if not isinstance(answer, list) or len(answer) != 2:
        return f"expected a list of two indices, got {answer!r}"
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in answer):
        return f"expected two ints, got {answer!r}"
    # Whether a pair exists, decided from the input itself (a value seen before index j).
    seen: set[int] = set()
    exists = False
    for x in nums:
        if target - x in seen:
            exists = True
            break
        seen.add(x)
    i, j = answer
    if [i, j] == [-1, -1]:
        return "a pair exists, but the answer says [-1, -1]" if exists else True
    if not exists:
        return f"no pair sums to {target}: the answer is [-1, -1], not {answer!r}"
    if not (0 <= i < j < len(nums)):
        return f"indices {answer!r} are not 0 <= i < j < len(nums) = {len(nums)}"
    if nums[i] + nums[j] != target:
        return f"nums[{i}] + nums[{j}] = {nums[i]} + {nums[j]} = {nums[i] + nums[j]}, not {target}"
    return True
