# expect: accepted
# grokpat: edit-distance
import sys
from functools import lru_cache

sys.setrecursionlimit(10000)


def edit_distance(s1, s2):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(s1):
            return len(s2) - j
        if j == len(s2):
            return len(s1) - i
        if s1[i] == s2[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j + 1), go(i + 1, j), go(i, j + 1))

    return go(0, 0)
