# expect: suboptimal
# grokpat: first-k-missing-positive
def find_first_k_missing_positive(nums, k):
    res = []
    x = 1
    while len(res) < k:
        if x not in nums:  # a scan of the list per candidate
            res.append(x)
        x += 1
    return res
