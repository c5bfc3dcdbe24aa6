# expect: suboptimal
# grokpat: kth-smallest-number
def kth_smallest(nums, k):
    nums = list(nums)
    for _ in range(k - 1):           # n * k: each pass scans what is left
        nums.remove(min(nums))
    return min(nums)
