# expect: accepted
# grokpat: triangle-minimum-path
from functools import lru_cache


def minimum_total(triangle: List[List[int]]) -> int:
    last = len(triangle) - 1

    @lru_cache(maxsize=None)
    def best(i, j):
        if i == last:
            return triangle[i][j]
        return triangle[i][j] + min(best(i + 1, j), best(i + 1, j + 1))

    return best(0, 0)
