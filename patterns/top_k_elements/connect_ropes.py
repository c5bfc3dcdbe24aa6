"""Minimum Cost to Connect Ropes: reference (always join the two shortest, with a min-heap) and oracle."""

import heapq
import random


def min_cost_to_connect_ropes(ropes: list[int]) -> int:
    """Every length is paid once per connection of the rope that holds it, so the two
    shortest ropes should always be joined first (the Huffman argument). A min-heap gives
    the two shortest in O(log n): n - 1 joins, O(n log n) time, O(n) space."""
    heap = list(ropes)
    heapq.heapify(heap)
    cost = 0
    while len(heap) > 1:
        joined = heapq.heappop(heap) + heapq.heappop(heap)
        cost += joined
        heapq.heappush(heap, joined)
    return cost


def brute_force(ropes: list[int]) -> int:
    """Any order of joins builds a binary tree over the ropes, and its cost is the sum of
    every inner node's total length. So the best cost of a set S of ropes is sum(S) plus
    the best split of S into two non-empty parts: a DP over all subsets (3^n)."""
    n = len(ropes)
    total = [0] * (1 << n)
    for mask in range(1, 1 << n):
        low = mask & -mask
        total[mask] = total[mask ^ low] + ropes[low.bit_length() - 1]
    cost = [0] * (1 << n)
    for mask in range(1, 1 << n):
        if mask & (mask - 1) == 0:
            continue  # one rope: nothing to join
        low = mask & -mask
        best = None
        part = (mask - 1) & mask
        while part:
            if part & low:  # each split once: the part holding the lowest rope
                option = cost[part] + cost[mask ^ part]
                best = option if best is None or option < best else best
            part = (part - 1) & mask
        cost[mask] = total[mask] + best
    return cost[(1 << n) - 1]


def probe(n: int, rng: random.Random) -> dict:
    """n random lengths: sorting again after every join, or scanning for the two shortest,
    is quadratic or worse."""
    return {"ropes": [rng.randint(1, 10_000) for _ in range(n)]}
