# expect: accepted
# grokpat: minimum-meeting-rooms
import heapq

def min_meeting_rooms(meetings):
    meetings = sorted(meetings)
    ends = []  # min-heap of end times of rooms in use
    best = 0
    for s, e in meetings:
        while ends and ends[0] <= s:
            heapq.heappop(ends)
        heapq.heappush(ends, e)
        best = max(best, len(ends))
    return best
