# expect: wrong_answer
# grokpat: subset-sum
# mistake: item-reused-reachable
def subset_sum(nums, target):
    dp = [True] + [False] * target
    for x in nums:
        for s in range(x, target + 1):  # upward: x can be used twice
            dp[s] = dp[s] or dp[s - x]
    return dp[target]
