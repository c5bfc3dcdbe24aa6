# expect: wrong_answer
# grokpat: minimum-meeting-rooms
# mistake: size-at-the-end
def min_meeting_rooms(meetings):
    meetings = sorted(meetings)
    ends = []
    for s, e in meetings:
        while ends and ends[0] <= s:  # drops every finished meeting...
            heappop(ends)
        heappush(ends, e)
    return len(ends)  # ...so the size at the end is not the peak
