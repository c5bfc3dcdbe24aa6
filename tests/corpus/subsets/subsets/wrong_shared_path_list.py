# expect: wrong_answer
# grokpat: subsets
# mistake: shared-state
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        res, path = [], []

        def dfs(i):
            if i == len(nums):
                res.append(path)  # the same list every time, emptied by the pops
                return
            path.append(nums[i])
            dfs(i + 1)
            path.pop()
            dfs(i + 1)

        dfs(0)
        return res


def subsets(nums):
    return Solution().subsets(nums)
