# expect: accepted
# grokpat: house-thief-circular
class Solution:
    def _line(self, houses, lo, hi):
        prev, cur = 0, 0
        for i in range(lo, hi):
            prev, cur = cur, max(cur, prev + houses[i])
        return cur

    def house_thief_circular(self, wealth: List[int]) -> int:
        n = len(wealth)
        if n == 1:
            return wealth[0]
        # either house 0 is skipped, or house n-1 is skipped
        return max(self._line(wealth, 1, n), self._line(wealth, 0, n - 1))
