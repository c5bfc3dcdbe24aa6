# expect: suboptimal
# grokpat: find-duplicate-number
def find_duplicate(nums):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] == nums[j]:
                return nums[i]
