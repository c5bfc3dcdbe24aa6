# expect: wrong_answer
# grokpat: conflicting-appointments
# mistake: not-sorted
def can_attend_all_appointments(intervals):
    # neighbours in the given order only: the list is not sorted
    for prev, cur in zip(intervals, intervals[1:]):
        if cur[0] < prev[1] and prev[0] < cur[1]:
            return False
    return True
