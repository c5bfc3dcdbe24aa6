# expect: wrong_answer
# grokpat: combination-sum
# mistake: reuse-rule
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()
        res = []

        def dfs(start, remain, path):
            if remain == 0:
                res.append(list(path))
                return
            for i in range(start, len(candidates)):
                if candidates[i] > remain:
                    break
                path.append(candidates[i])
                dfs(i + 1, remain - candidates[i], path)  # i + 1: a number can never repeat
                path.pop()

        dfs(0, target, [])
        return res


def combination_sum(candidates, target):
    return Solution().combinationSum(candidates, target)
