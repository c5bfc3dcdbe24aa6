# expect: suboptimal
# grokpat: insert-interval
def insert(intervals, new_interval):
    res = [list(iv) for iv in intervals]
    pos = 0
    while pos < len(res) and res[pos][0] < new_interval[0]:
        pos += 1
    res.insert(pos, list(new_interval))
    merged_something = True
    while merged_something:  # rescan from the start after every merge
        merged_something = False
        for i in range(len(res) - 1):
            if res[i + 1][0] <= res[i][1]:
                res[i][1] = max(res[i][1], res[i + 1][1])
                del res[i + 1]
                merged_something = True
                break
    return res
