# expect: wrong_answer
# grokpat: combination-sum-ii
# mistake: skip-every-repeat
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()
        ans = []

        def go(i, rem, cur):
            if rem == 0:
                ans.append(cur[:])
                return
            for j in range(i, len(candidates)):
                if j > 0 and candidates[j] == candidates[j - 1]:
                    continue  # should be j > i: this also forbids [1, 1, 6]
                if candidates[j] > rem:
                    break
                cur.append(candidates[j])
                go(j + 1, rem - candidates[j], cur)
                cur.pop()

        go(0, target, [])
        return ans


def combination_sum2(candidates, target):
    return Solution().combinationSum2(candidates, target)
