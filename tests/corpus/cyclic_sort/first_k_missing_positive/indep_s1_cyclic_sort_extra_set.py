# expect: accepted
# grokpat: first-k-missing-positive
def find_first_k_missing_positive(nums, k):
    n = len(nums)
    i = 0
    while i < n:
        v = nums[i]
        if 1 <= v <= n and nums[v - 1] != v:
            nums[i], nums[v - 1] = nums[v - 1], v
        else:
            i += 1
    res = []
    extra = set()
    for i in range(n):
        if len(res) == k:
            break
        if nums[i] != i + 1:
            res.append(i + 1)
            extra.add(nums[i])
    cand = n + 1
    while len(res) < k:
        if cand not in extra:
            res.append(cand)
        cand += 1
    return res
