# expect: wrong_answer
# grokpat: first-missing-positive
def first_missing_positive(nums):
    if 1 not in nums:
        return 1
    return max(nums) + 1  # ignores holes below the maximum
