# expect: suboptimal
# grokpat: conflicting-appointments
def can_attend_all_appointments(intervals):
    for i in range(len(intervals)):
        for j in range(len(intervals)):
            if i != j:
                a, b = intervals[i]
                c, d = intervals[j]
                if a < d and c < b:
                    return False
    return True
