# expect: wrong_answer
# grokpat: minimum-subset-sum-difference
# mistake: gap-to-half
def min_subset_sum_difference(nums):
    half = sum(nums) // 2
    dp = [True] + [False] * half
    for x in nums:
        for s in range(half, x - 1, -1):
            dp[s] = dp[s] or dp[s - x]
    best = max(s for s in range(half + 1) if dp[s])
    return half - best  # the gap to half, not the difference of the two parts
