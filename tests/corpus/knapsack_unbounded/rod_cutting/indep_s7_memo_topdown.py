# expect: accepted
# grokpat: rod-cutting
import sys
from functools import lru_cache


class Solution:
    def cut_rod(self, prices: List[int]) -> int:
        sys.setrecursionlimit(10000)

        @lru_cache(maxsize=None)
        def best(rest):
            if rest == 0:
                return 0
            return max(prices[k - 1] + best(rest - k) for k in range(1, rest + 1))

        # warm the cache bottom-up so recursion depth stays small
        for r in range(len(prices) + 1):
            best(r)
        return best(len(prices))
