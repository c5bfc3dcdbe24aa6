"""Find the Duplicate Number: reference (cycle start of i -> nums[i]), oracle, hooks."""

import random


def find_duplicate(nums: list[int]) -> int:
    """Read nums as a function on indices, i -> nums[i]. No value is 0, so the walk from
    index 0 never returns there and must end in a cycle; the cycle's entry has two
    predecessors, so it is the repeated value. Floyd's algorithm finds the entry without
    touching nums: O(n) time, O(1) space."""
    slow = fast = 0
    while True:
        slow = nums[slow]
        fast = nums[nums[fast]]
        if slow == fast:
            break
    slow = 0
    while slow != fast:
        slow = nums[slow]
        fast = nums[fast]
    return slow


def brute_force(nums: list[int]) -> int:
    """Compare every pair of positions."""
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return nums[i]
    raise AssertionError("unreachable: n + 1 values in 1..n must repeat")


def inputs():
    """n + 1 numbers from 1..n: one value repeated two or more times (often exactly
    twice, sometimes filling most of the list), the others distinct, shuffled."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 25))
        dup = draw(st.one_of(st.integers(1, n), st.sampled_from([1, n])))
        copies = draw(st.one_of(st.just(2), st.integers(2, n + 1)))
        others = draw(st.permutations([v for v in range(1, n + 1) if v != dup]))[: n + 1 - copies]
        return {"nums": draw(st.permutations([dup] * copies + others))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """1..n-1 shuffled, then the largest value twice at the very end: comparing pairs, or
    counting each value in turn, only finds it after O(n^2) work. (Here n is len(nums).)"""
    m = n - 1  # values 1..m, m + 1 = n numbers
    nums = list(range(1, m))
    rng.shuffle(nums)
    return {"nums": nums + [m, m]}
