"""Combination Sum II: reference (sorted backtracking that tries each distinct value once per
level) and oracle (every subset of positions, deduplicated)."""


def combination_sum2(candidates: list[int], target: int) -> list[list[int]]:
    """Sort; at each level pick the next number among nums[start:], skipping a value equal to
    the one just tried at this level (it would lead to the same combinations), and recurse
    past it (each element once). Stop the loop at the first number larger than what remains."""
    nums = sorted(candidates)
    results: list[list[int]] = []
    path: list[int] = []

    def backtrack(start: int, remaining: int) -> None:
        if remaining == 0:
            results.append(path[:])
            return
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            if nums[i] > remaining:
                break
            path.append(nums[i])
            backtrack(i + 1, remaining - nums[i])
            path.pop()

    backtrack(0, target)
    return results


def brute_force(candidates: list[int], target: int) -> list[list[int]]:
    """All 2^n selections of positions; the sorted tuples that sum to target, kept once."""
    n = len(candidates)
    found = set()
    for mask in range(1 << n):
        chosen = [candidates[i] for i in range(n) if mask >> i & 1]
        if sum(chosen) == target:
            found.add(tuple(sorted(chosen)))
    return [list(t) for t in found]


def inputs():
    """Small values (many repeats, many combinations) half of the time, and targets that are
    often the sum of some of the candidates."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        small = draw(st.booleans())
        values = st.integers(1, 8) if small else st.integers(1, 50)
        candidates = draw(st.lists(values, min_size=1, max_size=12))
        if draw(st.booleans()):
            picks = draw(st.lists(st.booleans(), min_size=len(candidates), max_size=len(candidates)))
            total = sum(c for c, p in zip(candidates, picks) if p)
            if 1 <= total <= 30:
                return {"candidates": candidates, "target": total}
        return {"candidates": candidates, "target": draw(st.integers(1, 30))}

    return draw()
