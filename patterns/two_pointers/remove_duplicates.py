"""Remove Duplicates from a Sorted Array: reference (read/write pointers) and oracle."""

import random


def remove_duplicates(nums: list[int]) -> None:
    """A read pointer scans, a write pointer compacts the distinct numbers to the front: O(n)."""
    if not nums:
        return
    write = 1  # nums[:write] holds the distinct numbers seen so far
    for read in range(1, len(nums)):
        if nums[read] != nums[write - 1]:  # sorted: a new number differs from the last kept one
            nums[write] = nums[read]
            write += 1
    del nums[write:]  # cut the leftover tail once, O(len of the tail)


def brute_force(nums: list[int]) -> None:
    """Rebuild the list from the set of its numbers."""
    nums[:] = sorted(set(nums))


def probe(n: int, rng: random.Random) -> dict:
    """A sorted list where about half the elements are copies of their neighbour."""
    spread = max(1, n // 4)
    return {"nums": sorted(rng.randint(-spread, spread) for _ in range(n))}
