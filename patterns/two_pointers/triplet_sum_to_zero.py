"""Triplet Sum to Zero: reference (sort, then a two-pointer pair search per element) and oracle."""

import random
from itertools import combinations


def triplets_sum_zero(nums: list[int]) -> list[list[int]]:
    """Sort, fix the smallest number, find pairs summing to its negation: O(n^2) time."""
    nums = sorted(nums)  # a sorted copy: the input is left as it was
    triplets = []
    for i in range(len(nums) - 2):
        if nums[i] > 0:
            break  # the two numbers to its right are >= nums[i] > 0: no sum can be zero
        if i > 0 and nums[i] == nums[i - 1]:
            continue  # the same first value would only repeat triplets
        left, right = i + 1, len(nums) - 1
        while left < right:
            total = nums[i] + nums[left] + nums[right]
            if total == 0:
                triplets.append([nums[i], nums[left], nums[right]])
                left += 1
                right -= 1
                while left < right and nums[left] == nums[left - 1]:
                    left += 1  # skip copies of the middle value just used
            elif total < 0:
                left += 1
            else:
                right -= 1
    return triplets


def brute_force(nums: list[int]) -> list[list[int]]:
    """Every triple of positions, deduplicated as sorted value tuples: O(n^3)."""
    found = {tuple(sorted(t)) for t in combinations(nums, 3) if sum(t) == 0}
    return [list(t) for t in found]


def probe(n: int, rng: random.Random) -> dict:
    """Distinct values over a wide range: the outer loop cannot skip duplicates, so it is O(n^2)."""
    return {"nums": rng.sample(range(-10**5, 10**5 + 1), n)}
