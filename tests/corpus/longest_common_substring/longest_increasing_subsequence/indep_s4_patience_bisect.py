# expect: accepted
# grokpat: longest-increasing-subsequence
def longest_increasing_subsequence(nums):
    tails = []
    for x in nums:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
