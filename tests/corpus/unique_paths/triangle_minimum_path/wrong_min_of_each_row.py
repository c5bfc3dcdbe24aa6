# expect: wrong_answer
# grokpat: triangle-minimum-path
# mistake: row-minimums
class Solution:
    def minimumTotal(self, triangle: List[List[int]]) -> int:
        return sum(min(row) for row in triangle)  # ignores which numbers are adjacent


def minimum_total(triangle):
    return Solution().minimumTotal(triangle)
