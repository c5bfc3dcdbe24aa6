# expect: accepted
# grokpat: permutations
class Solution:
    def permutations(self, nums: List[int]) -> List[List[int]]:
        a = list(nums)
        out = []

        def go(k):
            if k == len(a):
                out.append(a[:])
                return
            for i in range(k, len(a)):
                a[k], a[i] = a[i], a[k]
                go(k + 1)
                a[k], a[i] = a[i], a[k]

        go(0)
        return out
