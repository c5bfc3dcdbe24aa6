# expect: suboptimal
# grokpat: next-interval
def find_right_interval(intervals):
    result = []
    for _, end in intervals:
        best, best_start = -1, None
        for j, (start, _) in enumerate(intervals):
            if start >= end and (best_start is None or start < best_start):
                best, best_start = j, start
        result.append(best)
    return result
