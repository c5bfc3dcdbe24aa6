# expect: accepted
# grokpat: combination-sum-ii


class Solution:
    def combination_sum2(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(candidates)
        out = []
        path = []

        def dfs(start, rem):
            if rem == 0:
                out.append(list(path))
                return
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue
                if nums[i] > rem:
                    break
                path.append(nums[i])
                dfs(i + 1, rem - nums[i])
                path.pop()

        dfs(0, target)
        return out
