# expect: wrong_answer
# grokpat: subset-sum
# mistake: empty-subset-missed
class Solution:
    def subset_sum(self, nums: List[int], target: int) -> bool:
        dp = [False] * (target + 1)
        for x in nums:
            for s in range(target, x, -1):
                if dp[s - x]:
                    dp[s] = True
            if x <= target:
                dp[x] = True
        return dp[target]
