# expect: suboptimal
# grokpat: maximum-ribbon-cut
def max_ribbon_cut(ribbon_lengths, n):
    def most(i, left):
        if left == 0:
            return 0
        if i == len(ribbon_lengths):
            return float("-inf")
        best = most(i + 1, left)
        if ribbon_lengths[i] <= left:
            best = max(best, 1 + most(i, left - ribbon_lengths[i]))
        return best

    result = most(0, n)
    return -1 if result == float("-inf") else result
