"""Count of Subset Sum: reference (memoised take-or-skip count over (index, sum still
needed)) and oracle."""

import random


def count_subsets(nums: list[int], target: int) -> int:
    """ways(i, s): how many subsets of nums[i:] add up to exactly s.

    The subsets without nums[i] plus those with it (then s - nums[i] remains): the two
    groups never overlap, so their counts add. Each of the n * (target + 1) states is
    solved once: O(n * target) time and space.
    """
    n = len(nums)
    memo: dict[tuple[int, int], int] = {}

    def ways(i: int, s: int) -> int:
        if i == n:
            return 1 if s == 0 else 0  # only the empty choice is left
        key = (i, s)
        if key not in memo:
            count = ways(i + 1, s)
            if nums[i] <= s:
                count += ways(i + 1, s - nums[i])
            memo[key] = count
        return memo[key]

    return ways(0, target)


def brute_force(nums: list[int], target: int) -> int:
    """The sums of all 2^n subsets of positions, listed one by one and counted."""
    sums = [0]
    for x in nums:
        sums += [s + x for s in sums]
    return sums.count(target)


def inputs():
    """Targets made by a random subset, 0, past the total; many repeated numbers."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        top = draw(st.sampled_from([2, 5, 100]))
        nums = draw(st.lists(st.integers(1, top), min_size=1, max_size=14))
        kind = draw(st.integers(0, 3))
        if kind <= 1:
            picks = draw(st.lists(st.booleans(), min_size=len(nums), max_size=len(nums)))
            target = sum(x for x, p in zip(nums, picks) if p)
        elif kind == 2:
            target = draw(st.sampled_from([0, 1, sum(nums), sum(nums) + 1, 1000]))
        else:
            target = draw(st.integers(0, sum(nums) + 2))
        return {"nums": nums, "target": min(target, 1000)}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n small numbers and a fixed target: a count cannot stop early, and a search without
    memory meets every subset whose sum stays under the target."""
    return {"nums": [rng.randint(1, 6) for _ in range(n)], "target": 40}
