# expect: accepted
# grokpat: remove-duplicates
def remove_duplicates(nums):
    last = 0
    for read in range(1, len(nums)):
        if nums[read] > nums[last]:
            last += 1
            nums[last] = nums[read]
    del nums[last + 1 :]
    return nums
