# expect: suboptimal
# grokpat: minimum-meeting-rooms
def min_meeting_rooms(meetings):
    best = 0
    for t, _ in meetings:
        running = 0
        for s, e in meetings:
            if s <= t < e:
                running += 1
        best = max(best, running)
    return best
