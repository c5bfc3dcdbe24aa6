# expect: wrong_answer
# grokpat: find-all-missing-numbers
# mistake: forgets-last-number
def find_missing_numbers(nums):
    for x in nums:
        k = abs(x) - 1
        nums[k] = -abs(nums[k])
    return [i + 1 for i in range(len(nums) - 1) if nums[i] > 0]  # never looks at n itself
