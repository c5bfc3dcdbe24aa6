# expect: wrong_answer
# grokpat: permutations
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        res = []
        used = [False] * len(nums)

        def bt(path):
            if len(path) == len(nums):
                res.append(path[:])
                return
            for i, x in enumerate(nums):
                if used[i]:
                    continue
                used[i] = True
                path.append(x)
                bt(path)
                path.pop()  # forgets used[i] = False

        bt([])
        return res


def permutations(nums):
    return Solution().permute(nums)
