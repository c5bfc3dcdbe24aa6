# expect: wrong_answer
# grokpat: insert-interval
# mistake: new-appended-last
def insert(intervals, new_interval):
    res = []
    for iv in intervals:
        if iv[1] < new_interval[0] or iv[0] > new_interval[1]:
            res.append(iv)
        else:
            new_interval = [min(iv[0], new_interval[0]), max(iv[1], new_interval[1])]
    res.append(new_interval)  # but it may belong before some of them
    return res
