# expect: wrong_answer
# grokpat: intervals-intersection
# mistake: touching-handled-wrongly
class Solution:
    def intervals_intersection(self, first: List[List[int]], second: List[List[int]]) -> List[List[int]]:
        i = j = 0
        ans = []
        while i < len(first) and j < len(second):
            lo = max(first[i][0], second[j][0])
            hi = min(first[i][1], second[j][1])
            if lo < hi:  # a single shared point is dropped
                ans.append([lo, hi])
            if first[i][1] < second[j][1]:
                i += 1
            else:
                j += 1
        return ans
