# expect: suboptimal
# grokpat: merge-intervals
def merge(intervals):
    result = []
    for start, end in sorted(intervals):
        for block in result:  # look for any block this interval reaches
            if start <= block[1] and block[0] <= end:
                block[0] = min(block[0], start)
                block[1] = max(block[1], end)
                break
        else:
            result.append([start, end])
    return result
