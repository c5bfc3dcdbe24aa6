# expect: suboptimal
# grokpat: remove-duplicates
def remove_duplicates(nums):
    i = 1
    while i < len(nums):
        if nums[i] == nums[i - 1]:
            nums.pop(i)
        else:
            i += 1
