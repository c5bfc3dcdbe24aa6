# expect: suboptimal
# grokpat: longest-increasing-subsequence
class Solution:
    def longest_increasing_subsequence(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            k = 0
            while k < len(tails) and tails[k] < x:   # a linear search for the place
                k += 1
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
