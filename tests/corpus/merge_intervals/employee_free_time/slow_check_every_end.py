# expect: suboptimal
# grokpat: employee-free-time
class Solution:
    def employee_free_time(self, schedule: List[List[List[int]]]) -> List[List[int]]:
        busy = [iv for emp in schedule for iv in emp]
        ans = []
        for end in sorted({e for _, e in busy}):
            if any(s <= end < e for s, e in busy):
                continue  # someone is still busy right after this end
            later = [s for s, _ in busy if s > end]
            if later:
                ans.append([end, min(later)])
        return ans
