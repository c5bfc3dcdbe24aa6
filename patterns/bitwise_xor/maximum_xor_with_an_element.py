"""Maximum XOR With an Element From Array: reference (offline, a binary trie filled in order of the limit) and oracle."""

import random

BITS = 30  # every number is <= 10**9 < 2**30


def maximize_xor(nums: list[int], queries: list[list[int]]) -> list[int]:
    """Answer the queries by increasing limit m, inserting the numbers <= m into a binary trie.

    In the trie, each number is a path of BITS bits from the highest down. To maximise
    x ^ v, walk down taking the child whose bit differs from x's bit whenever it exists:
    a higher bit outweighs all the lower ones together. Sorting lets each number enter the
    trie once, just before the first query allowed to use it.
    O((n + q) log M) time for the trie plus the sorts, O(n log M) space.
    """
    children = [[0, 0]]  # node 0 is the root; child index 0 means "none"
    order = sorted(range(len(queries)), key=lambda i: queries[i][1])
    values = sorted(nums)
    answer = [-1] * len(queries)
    taken = 0
    for qi in order:
        x, m = queries[qi]
        while taken < len(values) and values[taken] <= m:
            node = 0
            v = values[taken]
            for b in range(BITS - 1, -1, -1):
                bit = (v >> b) & 1
                if not children[node][bit]:
                    children.append([0, 0])
                    children[node][bit] = len(children) - 1
                node = children[node][bit]
            taken += 1
        if taken == 0:
            continue  # every number is larger than m: the answer stays -1
        node, best = 0, 0
        for b in range(BITS - 1, -1, -1):
            want = ((x >> b) & 1) ^ 1  # the opposite bit makes this bit of the XOR 1
            if children[node][want]:
                best |= 1 << b
                node = children[node][want]
            else:
                node = children[node][want ^ 1]
        answer[qi] = best
    return answer


def brute_force(nums: list[int], queries: list[list[int]]) -> list[int]:
    """For each query, XOR x with every allowed number."""
    out = []
    for x, m in queries:
        allowed = [v ^ x for v in nums if v <= m]
        out.append(max(allowed) if allowed else -1)
    return out


def inputs():
    """Numbers and queries mixing small and full-size values, so that limits often cut the array
    somewhere in the middle, sometimes below everything (answer -1) or above everything."""
    from hypothesis import strategies as st

    value = st.integers(0, 10**9) | st.integers(0, 20) | st.sampled_from([0, 10**9, 2**29, 2**29 - 1])

    @st.composite
    def draw(draw):
        nums = draw(st.lists(value, min_size=1, max_size=20))
        limit = value | st.sampled_from(nums) | st.sampled_from(nums).map(lambda v: max(0, v - 1))
        queries = draw(st.lists(st.tuples(value, limit).map(list), min_size=1, max_size=20))
        return {"nums": nums, "queries": queries}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n / 2 numbers and n / 2 queries with random limits: about half the numbers pass each limit,
    so checking every number for every query costs n^2 / 8."""
    half = n // 2
    nums = [rng.randint(0, 10**9) for _ in range(half)]
    queries = [[rng.randint(0, 10**9), rng.randint(0, 10**9)] for _ in range(n - half)]
    return {"nums": nums, "queries": queries}
