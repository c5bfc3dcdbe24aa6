# expect: accepted
# grokpat: dutch-national-flag
def dutch_flag_sort(nums):
    low, mid, high = 0, 0, len(nums) - 1
    while mid <= high:
        v = nums[mid]
        if v == 0:
            nums[low], nums[mid] = 0, nums[low]
            low += 1
            mid += 1
        elif v == 2:
            nums[high], nums[mid] = 2, nums[high]
            high -= 1
        else:
            mid += 1
    return nums
