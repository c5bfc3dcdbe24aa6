"""Permutations: reference (insert each number at every position) and oracle (itertools)."""

import itertools


def permutations(nums: list[int]) -> list[list[int]]:
    """Breadth-first: insert each new number at every one of the k + 1 places of every
    permutation of the first k numbers. Each permutation of k + 1 numbers arises exactly
    once (remove the new number to find its parent): O(n · n!) time, the size of the output.
    """
    perms: list[list[int]] = [[]]
    for x in nums:
        perms = [p[:i] + [x] + p[i:] for p in perms for i in range(len(p) + 1)]
    return perms


def brute_force(nums: list[int]) -> list[list[int]]:
    """The standard library's permutations, in lexicographic order of positions."""
    return [list(p) for p in itertools.permutations(nums)]
