# expect: wrong_answer
# grokpat: first-k-missing-positive
def find_first_k_missing_positive(nums, k):
    n = len(nums)
    i = 0
    while i < n:
        v = nums[i]
        if 0 < v <= n and nums[v - 1] != v:
            nums[i], nums[v - 1] = nums[v - 1], nums[i]
        else:
            i += 1
    res = [i + 1 for i in range(n) if nums[i] != i + 1][:k]
    x = n + 1
    while len(res) < k:
        res.append(x)  # values above n that are in nums are not skipped
        x += 1
    return res
