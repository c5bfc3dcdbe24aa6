# expect: wrong_answer
# grokpat: minimum-meeting-rooms
# mistake: touching-handled-wrongly
class Solution:
    def min_meeting_rooms(self, meetings: List[List[int]]) -> int:
        meetings.sort()
        heap = []
        for s, e in meetings:
            if heap and heap[0] < s:  # a room freed at s is not reused at s
                heapq.heappop(heap)
            heapq.heappush(heap, e)
        return len(heap)
