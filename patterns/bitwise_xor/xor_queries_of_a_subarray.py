"""XOR Queries of a Subarray: reference (prefix XORs) and oracle."""

import random


def xor_queries(arr: list[int], queries: list[list[int]]) -> list[int]:
    """prefix[i] = arr[0] ^ ... ^ arr[i - 1]; a range is prefix[right + 1] ^ prefix[left].

    XORing the two prefixes cancels arr[0..left - 1], which both contain (a ^ a == 0).
    O(n + q) time, O(n) space.
    """
    prefix = [0] * (len(arr) + 1)
    for i, v in enumerate(arr):
        prefix[i + 1] = prefix[i] ^ v
    return [prefix[right + 1] ^ prefix[left] for left, right in queries]


def brute_force(arr: list[int], queries: list[list[int]]) -> list[int]:
    """XOR each query's range afresh."""
    out = []
    for left, right in queries:
        acc = 0
        for v in arr[left : right + 1]:
            acc ^= v
        out.append(acc)
    return out


def inputs():
    """Arrays of small and large values; queries of every shape (one element, the whole array, any range)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        arr = draw(st.lists(st.integers(1, 10**9) | st.integers(1, 8), min_size=1, max_size=25))
        n = len(arr)
        index = st.integers(0, n - 1)
        pair = st.tuples(index, index).map(lambda p: [min(p), max(p)])
        special = st.sampled_from([[0, n - 1], [0, 0], [n - 1, n - 1]])
        queries = draw(st.lists(pair | special, min_size=1, max_size=20))
        return {"arr": arr, "queries": queries}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n / 2 numbers and n / 2 queries that each span most of the array: recomputing each range costs n^2 / 4."""
    half = n // 2
    arr = [rng.randint(1, 10**9) for _ in range(half)]
    queries = [[rng.randrange(0, max(1, half // 8)), half - 1 - rng.randrange(0, max(1, half // 8))] for _ in range(n - half)]
    return {"arr": arr, "queries": queries}
