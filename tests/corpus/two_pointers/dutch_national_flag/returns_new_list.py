# expect: wrong_answer
# grokpat: dutch-national-flag
# mistake: not-in-place
def dutch_flag_sort(nums):
    zeros, ones, twos = [], [], []
    for x in nums:
        (zeros if x == 0 else ones if x == 1 else twos).append(x)
    nums = zeros + ones + twos  # rebinds the name: the caller's list is unchanged
    return nums
