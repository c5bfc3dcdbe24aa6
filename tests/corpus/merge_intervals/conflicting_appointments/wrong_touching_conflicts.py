# expect: wrong_answer
# grokpat: conflicting-appointments
# mistake: touching-handled-wrongly
class Solution:
    def can_attend_all_appointments(self, intervals: List[List[int]]) -> bool:
        intervals.sort()
        for i in range(1, len(intervals)):
            if intervals[i][0] <= intervals[i - 1][1]:  # touching is counted as a clash
                return False
        return True
