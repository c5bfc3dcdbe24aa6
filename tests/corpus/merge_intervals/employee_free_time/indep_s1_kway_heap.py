# expect: accepted
# grokpat: employee-free-time
import heapq
from typing import List

def employee_free_time(schedule: List[List[List[int]]]) -> List[List[int]]:
    heap = [(emp[0][0], i, 0) for i, emp in enumerate(schedule)]
    heapq.heapify(heap)
    res = []
    prev_end = None
    while heap:
        start, i, j = heapq.heappop(heap)
        end = schedule[i][j][1]
        if prev_end is not None and start > prev_end:
            res.append([prev_end, start])
        prev_end = end if prev_end is None else max(prev_end, end)
        if j + 1 < len(schedule[i]):
            heapq.heappush(heap, (schedule[i][j + 1][0], i, j + 1))
    return res
