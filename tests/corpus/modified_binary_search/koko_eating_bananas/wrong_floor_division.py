# expect: wrong_answer
# grokpat: koko-eating-bananas
# mistake: floor-division-check
class Solution:
    def min_eating_speed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(p // mid for p in piles) <= h:     # floor: a partial hour is not counted
                hi = mid
            else:
                lo = mid + 1
        return lo
