# expect: accepted
# grokpat: squaring-sorted-array
def square_sorted(nums):
    n = len(nums)
    res = [0] * n
    i, j = 0, n - 1
    for pos in range(n - 1, -1, -1):
        if -nums[i] > nums[j]:
            res[pos] = nums[i] ** 2
            i += 1
        else:
            res[pos] = nums[j] ** 2
            j -= 1
    return res
