# expect: wrong_answer
# grokpat: find-missing-number
# mistake: forgets-last-number
def find_missing_number(nums):
    i = 0
    while i < len(nums):
        j = nums[i]
        if j < len(nums) and nums[i] != nums[j]:
            nums[i], nums[j] = nums[j], nums[i]
        else:
            i += 1
    for i in range(len(nums)):
        if nums[i] != i:
            return i
    return len(nums) - 1  # every index is right: the answer is n, not n - 1
