# expect: wrong_answer
# grokpat: merge-intervals
# mistake: block-not-widened
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort(key=lambda x: x[0])
        res = [intervals[0]]
        for s, e in intervals[1:]:
            if s <= res[-1][1]:
                res[-1][1] = e  # forgets that [s, e] may lie inside the block
            else:
                res.append([s, e])
        return res
