# expect: wrong_answer
# grokpat: longest-increasing-subsequence
# mistake: last-cell
def longest_increasing_subsequence(nums):
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i]:
                best[i] = max(best[i], best[j] + 1)
    return best[-1]   # the longest one need not end at the last element
