# expect: wrong_answer
# grokpat: first-k-missing-positive
# mistake: forgets-last-number
def find_first_k_missing_positive(nums, k):
    n = len(nums)
    i = 0
    while i < n:
        v = nums[i]
        if 1 <= v <= n and nums[v - 1] != v:
            nums[i], nums[v - 1] = nums[v - 1], nums[i]
        else:
            i += 1
    res, extra = [], set()
    for i in range(n):
        if len(res) < k and nums[i] != i + 1:
            res.append(i + 1)
            extra.add(nums[i])
    x = n  # n was already decided by the scan
    while len(res) < k:
        if x not in extra:
            res.append(x)
        x += 1
    return res
