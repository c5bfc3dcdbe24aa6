"""Combination Sum: reference (backtracking with a start index and pruning) and oracle
(a table of all multisets for every sum, built up one candidate at a time)."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Choose the next number among candidates[start:] only (combinations, not orderings),
    recurse with the same start (a number may repeat), undo the choice. Sorting lets the
    loop stop at the first number larger than what remains."""
    nums = sorted(candidates)
    results: list[list[int]] = []
    path: list[int] = []

    def backtrack(start: int, remaining: int) -> None:
        if remaining == 0:
            results.append(path[:])
            return
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break
            path.append(nums[i])
            backtrack(i, remaining - nums[i])
            path.pop()

    backtrack(0, target)
    return results


def brute_force(candidates: list[int], target: int) -> list[list[int]]:
    """ways[s] is the set of sorted tuples summing to s using the candidates seen so far;
    each candidate may be added to a way for s - c (unbounded, like coin change)."""
    ways: list[set[tuple[int, ...]]] = [set() for _ in range(target + 1)]
    ways[0].add(())
    for c in candidates:
        for s in range(c, target + 1):
            ways[s] |= {tuple(sorted(w + (c,))) for w in ways[s - c]}
    return [list(w) for w in ways[target]]
