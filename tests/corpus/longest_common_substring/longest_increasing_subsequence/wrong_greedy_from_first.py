# expect: wrong_answer
# grokpat: longest-increasing-subsequence
# mistake: greedy
def longest_increasing_subsequence(nums):
    # take every number larger than the last one taken, starting from the first
    length, last = 1, nums[0]
    for x in nums[1:]:
        if x > last:
            length += 1
            last = x
    return length
