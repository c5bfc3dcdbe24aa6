# expect: wrong_answer
# grokpat: longest-increasing-subsequence
# mistake: bisect-right
from bisect import bisect_right


def longest_increasing_subsequence(nums):
    tails = []
    for x in nums:
        k = bisect_right(tails, x)   # lets an equal value extend
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
