"""Find K Pairs with Smallest Sums: reference (merge one sorted list of pairs per nums1[i]), oracle, checker."""

import heapq
import random
from collections import Counter


def k_smallest_pairs(nums1: list[int], nums2: list[int], k: int) -> list[list[int]]:
    """Pairs (i, 0), (i, 1), ... form a sorted list for each i: a k-way merge of those lists.
    Only the first min(k, len(nums1)) lists can contribute. The heap holds at most k
    entries and k pops happen: O(k log k) time, O(k) space."""
    heap = [(nums1[i] + nums2[0], i, 0) for i in range(min(k, len(nums1)))]
    heapq.heapify(heap)
    pairs = []
    while len(pairs) < k:
        _, i, j = heapq.heappop(heap)
        pairs.append([nums1[i], nums2[j]])
        if j + 1 < len(nums2):
            heapq.heappush(heap, (nums1[i] + nums2[j + 1], i, j + 1))
    return pairs


def brute_force(nums1: list[int], nums2: list[int], k: int) -> list[list[int]]:
    """Every pair of positions, sorted by sum: the first k."""
    pairs = [[u, v] for u in nums1 for v in nums2]
    pairs.sort(key=lambda p: p[0] + p[1])
    return pairs[:k]


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check(inputs: dict, answer, expected):
    """k pairs, each [u, v] with u from nums1 and v from nums2, no pair of positions used
    twice, whose sums are the k smallest (compared as sorted lists of sums with the
    reference's answer, which are the k smallest sums)."""
    nums1, nums2, k = inputs["nums1"], inputs["nums2"], inputs["k"]
    if not isinstance(answer, list):
        return f"expected a list of pairs, got {type(answer).__name__}"
    if len(answer) != k:
        return f"expected {k} pairs, got {len(answer)}"
    for pair in answer:
        if not isinstance(pair, list) or len(pair) != 2:
            return f"each pair must be a list [u, v] of two numbers, got {pair!r}"
        if not (_is_int(pair[0]) and _is_int(pair[1])):
            return f"each pair must hold two ints, got {pair!r}"
    count1, count2 = Counter(nums1), Counter(nums2)
    used = Counter((u, v) for u, v in answer)
    for (u, v), times in used.items():
        if count1[u] == 0:
            return f"the pair [{u}, {v}] takes {u}, which is not in nums1"
        if count2[v] == 0:
            return f"the pair [{u}, {v}] takes {v}, which is not in nums2"
        if times > count1[u] * count2[v]:
            return f"the pair [{u}, {v}] is listed {times} times, but only {count1[u] * count2[v]} pairs of positions give it"
    if not isinstance(expected, list) or len(expected) != k:
        return "no reference answer to compare the sums with"
    want = sorted(u + v for u, v in expected)
    got = sorted(u + v for u, v in answer)
    if got != want:
        def show(sums):
            return str(sums) if len(sums) <= 10 else str(sums[:10])[:-1] + ", ...]"
        return f"these are not {k} smallest sums: the pairs sum to {show(got)}, the {k} smallest sums are {show(want)}"
    return True


def inputs():
    """Short sorted arrays, values often from a narrow range (equal values, tied sums),
    and any k up to the number of pairs."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        lo, hi = draw(st.sampled_from([(-3, 3), (0, 20), (-(10**9), 10**9)]))
        side = st.lists(st.integers(lo, hi), min_size=1, max_size=8).map(sorted)
        nums1, nums2 = draw(side), draw(side)
        return {"nums1": nums1, "nums2": nums2, "k": draw(st.integers(1, len(nums1) * len(nums2)))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Both arrays of length n and k = n: the merge pops n times, while listing every
    pair costs n * n."""
    values = range(-(10**9), 10**9 + 1)
    return {"nums1": sorted(rng.choices(values, k=n)), "nums2": sorted(rng.choices(values, k=n)), "k": n}
