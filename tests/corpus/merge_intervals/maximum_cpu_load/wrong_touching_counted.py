# expect: wrong_answer
# grokpat: maximum-cpu-load
# mistake: touching-handled-wrongly
class Solution:
    def max_cpu_load(self, jobs: List[List[int]]) -> int:
        jobs.sort()
        heap, cur, best = [], 0, 0
        for s, e, w in jobs:
            while heap and heap[0][0] < s:  # a job ending at s still counts
                cur -= heapq.heappop(heap)[1]
            heapq.heappush(heap, (e, w))
            cur += w
            best = max(best, cur)
        return best
