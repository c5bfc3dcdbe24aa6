"""Sequence Reconstruction: reference (Kahn with a unique source), oracle, generator, probe."""

import random
from collections import deque
from itertools import permutations


def sequence_reconstruction(nums: list[int], sequences: list[list[int]]) -> bool:
    """The shortest supersequences are the topological orders of the rules taken from
    neighbouring pairs, over the numbers that appear. nums is the only one when every
    number appears and Kahn's queue never holds two numbers at once. O(n + S)."""
    n = len(nums)
    after: list[set[int]] = [set() for _ in range(n + 1)]
    in_degree = [0] * (n + 1)
    appears = [False] * (n + 1)
    for seq in sequences:
        for x in seq:
            appears[x] = True
        for a, b in zip(seq, seq[1:]):
            if b not in after[a]:
                after[a].add(b)
                in_degree[b] += 1
    if not all(appears[1:]):
        return False  # a shorter supersequence leaves that number out
    ready = deque(v for v in range(1, n + 1) if in_degree[v] == 0)
    placed = 0
    while ready:
        if len(ready) > 1:
            return False  # two numbers could come next: two different orders
        v = ready.popleft()
        if nums[placed] != v:
            return False
        placed += 1
        for w in after[v]:
            in_degree[w] -= 1
            if in_degree[w] == 0:
                ready.append(w)
    return placed == n


def _has_subsequence(perm: tuple[int, ...], seq: list[int]) -> bool:
    it = iter(perm)
    return all(x in it for x in seq)


def brute_force(nums: list[int], sequences: list[list[int]]) -> bool:
    """Count the orders of 1..n that contain every sequence: nums (always one of them) is the
    only shortest supersequence iff it is the only one (a number in no sequence could go
    anywhere, and would also make a shorter supersequence)."""
    found = 0
    for perm in permutations(range(1, len(nums) + 1)):
        if all(_has_subsequence(perm, seq) for seq in sequences):
            found += 1
            if found > 1:
                return False
    return found == 1


def inputs():
    """A random permutation and distinct subsequences of it; about half the time they chain
    every neighbouring pair of nums (often the answer is then True)."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 6))
        nums = list(draw(st.permutations(range(1, n + 1))))
        subsequence = st.lists(st.booleans(), min_size=n, max_size=n).map(lambda keep: [x for x, k in zip(nums, keep) if k]).filter(bool)
        seqs = draw(st.lists(subsequence, min_size=1, max_size=5))
        if draw(st.booleans()):  # overlapping windows that chain nums (maybe with a gap)
            cuts = sorted(set(draw(st.lists(st.integers(1, max(1, n - 1)), max_size=3))))
            starts = [0] + cuts
            ends = cuts + [n - 1]
            windows = [nums[s : e + 1] for s, e in zip(starts, ends)]
            if draw(st.integers(0, 3)) == 0 and n >= 2:  # break one link
                w = draw(st.integers(0, len(windows) - 1))
                windows[w] = windows[w][1:] or windows[w]
            seqs = windows + seqs[: draw(st.integers(0, 2))]
        unique = []
        for s in draw(st.permutations(seqs)):
            if s not in unique:
                unique.append(s)
        return {"nums": nums, "sequences": unique}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """m = n/3 numbers and their m - 1 neighbouring pairs, shuffled: the answer is True, so
    every rule must be used, and looking each pair of nums up among all sequences is O(m^2)."""
    m = max(2, n // 3)
    nums = list(range(1, m + 1))
    rng.shuffle(nums)
    sequences = [[nums[i], nums[i + 1]] for i in range(m - 1)]
    rng.shuffle(sequences)
    return {"nums": nums, "sequences": sequences}
