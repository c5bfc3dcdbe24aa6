# expect: accepted
# grokpat: conflicting-appointments
class Solution:
    def can_attend_all_appointments(self, intervals: List[List[int]]) -> bool:
        intervals.sort(key=lambda x: x[0])
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                return False
        return True
