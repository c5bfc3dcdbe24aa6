# expect: suboptimal
# grokpat: subsets-with-duplicates
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        res = []

        def dfs(i, path):
            if i == len(nums):
                if path not in res:
                    res.append(path[:])
                return
            path.append(nums[i])
            dfs(i + 1, path)
            path.pop()
            dfs(i + 1, path)

        dfs(0, [])
        return res


def subsets_with_dup(nums):
    return Solution().subsetsWithDup(nums)
