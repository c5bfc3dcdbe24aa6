# expect: wrong_answer
# grokpat: dutch-national-flag
# mistake: loop-bound
def dutch_flag_sort(nums):
    low, mid, high = 0, 0, len(nums) - 1
    while mid < high:
        if nums[mid] == 0:
            nums[low], nums[mid] = nums[mid], nums[low]
            low += 1
            mid += 1
        elif nums[mid] == 1:
            mid += 1
        else:
            nums[mid], nums[high] = nums[high], nums[mid]
            high -= 1
