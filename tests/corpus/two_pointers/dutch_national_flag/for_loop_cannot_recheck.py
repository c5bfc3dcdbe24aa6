# expect: wrong_answer
# grokpat: dutch-national-flag
# mistake: mid-advanced-after-swap
def dutch_flag_sort(nums):
    low, high = 0, len(nums) - 1
    for i in range(len(nums)):
        if i > high:
            break
        if nums[i] == 0:
            nums[i], nums[low] = nums[low], nums[i]
            low += 1
        elif nums[i] == 2:
            nums[i], nums[high] = nums[high], nums[i]
            high -= 1
