# expect: wrong_answer
# grokpat: minimum-meeting-rooms
# mistake: compares-previous-only
def min_meeting_rooms(meetings):
    meetings = sorted(meetings)
    rooms = 1
    for prev, cur in zip(meetings, meetings[1:]):
        if cur[0] < prev[1]:  # counts every overlap with the previous meeting as a new room
            rooms += 1
    return rooms
