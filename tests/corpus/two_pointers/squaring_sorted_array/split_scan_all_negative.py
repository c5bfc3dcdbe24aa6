# expect: runtime_error
# grokpat: squaring-sorted-array
def square_sorted(nums):
    mid = 0
    while nums[mid] < 0:
        mid += 1
    left, right = mid - 1, mid
    out = []
    while left >= 0 or right < len(nums):
        if right >= len(nums) or (left >= 0 and nums[left] ** 2 < nums[right] ** 2):
            out.append(nums[left] ** 2)
            left -= 1
        else:
            out.append(nums[right] ** 2)
            right += 1
    return out
