# expect: wrong_answer
# grokpat: insert-interval
# mistake: touching-handled-wrongly
class Solution:
    def insert(self, intervals: List[List[int]], new_interval: List[int]) -> List[List[int]]:
        res, i = [], 0
        while i < len(intervals) and intervals[i][1] < new_interval[0]:
            res.append(intervals[i])
            i += 1
        while i < len(intervals) and intervals[i][0] < new_interval[1]:  # misses a shared endpoint
            new_interval = [min(new_interval[0], intervals[i][0]), max(new_interval[1], intervals[i][1])]
            i += 1
        res.append(new_interval)
        return res + intervals[i:]
