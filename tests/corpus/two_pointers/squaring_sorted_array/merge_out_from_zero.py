# expect: accepted
# grokpat: squaring-sorted-array
def square_sorted(nums):
    right = bisect.bisect_left(nums, 0)  # first non-negative
    left = right - 1
    out = []
    while left >= 0 or right < len(nums):
        if right == len(nums) or (left >= 0 and -nums[left] < nums[right]):
            out.append(nums[left] * nums[left])
            left -= 1
        else:
            out.append(nums[right] * nums[right])
            right += 1
    return out
