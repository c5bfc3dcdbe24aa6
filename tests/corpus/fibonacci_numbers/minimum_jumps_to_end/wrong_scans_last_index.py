# expect: wrong_answer
# grokpat: minimum-jumps-to-end
# mistake: end-boundary
def min_jumps(jumps):
    count = range_end = farthest = 0
    for i in range(len(jumps)):  # also scans the last index, counting a jump from it
        farthest = max(farthest, i + jumps[i])
        if i == range_end:
            count += 1
            range_end = farthest
    return count
