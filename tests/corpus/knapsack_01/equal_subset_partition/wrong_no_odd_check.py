# expect: wrong_answer
# grokpat: equal-subset-partition
def can_partition(nums):
    half = sum(nums) // 2  # an odd total is not rejected first
    dp = [True] + [False] * half
    for x in nums:
        for s in range(half, x - 1, -1):
            dp[s] = dp[s] or dp[s - x]
    return dp[half]
