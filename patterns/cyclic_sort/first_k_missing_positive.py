"""First K Missing Positive Numbers: reference (cyclic sort, then extend past n), oracle, hooks."""

import random


def find_first_k_missing_positive(nums: list[int], k: int) -> list[int]:
    """Cyclic sort the values 1..n to their indices. The misplaced indices, in order, give
    the missing numbers up to n; the values sitting there include every value above n,
    which the count past n must skip. O(n + k) time, O(k) extra space (the set stops
    growing once k numbers are found)."""
    n = len(nums)
    i = 0
    while i < n:
        v = nums[i]
        if 1 <= v <= n and nums[v - 1] != v:
            nums[i], nums[v - 1] = nums[v - 1], nums[i]
        else:
            i += 1
    missing: list[int] = []
    extra: set[int] = set()
    for i in range(n):
        if len(missing) == k:
            return missing
        if nums[i] != i + 1:
            missing.append(i + 1)
            extra.add(nums[i])  # a value > n present in nums is always found here
    candidate = n + 1
    while len(missing) < k:
        if candidate not in extra:
            missing.append(candidate)
        candidate += 1
    return missing


def brute_force(nums: list[int], k: int) -> list[int]:
    """Try 1, 2, 3, ... in turn and keep the first k that are absent."""
    present = set(nums)
    out: list[int] = []
    candidate = 1
    while len(out) < k:
        if candidate not in present:
            out.append(candidate)
        candidate += 1
    return out


def inputs():
    """Values mostly around 1..n + k (so some of the values above n must be skipped),
    with a permutation of 1..n often, duplicates, zeros, negatives and 32-bit extremes."""
    from hypothesis import strategies as st

    lo, hi = -(2**31), 2**31 - 1

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 15))
        k = draw(st.integers(1, 12))  # small: the oracle counts up to about n + k
        near = st.integers(-2, n + k + 2)
        kind = draw(st.integers(0, 2))
        if kind == 0:  # 1..n with a few values replaced
            nums = list(range(1, n + 1))
            for _ in range(draw(st.integers(0, 3))):
                nums[draw(st.integers(0, n - 1))] = draw(near)
        elif kind == 1:
            nums = draw(st.lists(near, min_size=n, max_size=n))
        else:
            far = st.one_of(st.integers(lo, hi), st.sampled_from([lo, hi]))
            nums = draw(st.lists(st.one_of(near, near, far), min_size=n, max_size=n))
        return {"nums": draw(st.permutations(nums)), "k": k}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """len(nums) = n and k = n: three quarters of 1..n, plus values just above n that the
    count past n must skip. Testing candidates against the list costs O((n + k) * n)."""
    inside = rng.sample(range(1, n + 1), n - n // 4)
    above = rng.sample(range(n + 1, 2 * n + 1), n // 4)
    nums = inside + above
    rng.shuffle(nums)
    return {"nums": nums, "k": n}
