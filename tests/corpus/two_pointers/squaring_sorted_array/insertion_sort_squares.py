# expect: suboptimal
# grokpat: squaring-sorted-array
def square_sorted(nums):
    res = []
    for x in nums:
        sq = x * x
        i = len(res)
        res.append(sq)
        while i > 0 and res[i - 1] > sq:
            res[i] = res[i - 1]
            i -= 1
        res[i] = sq
    return res
