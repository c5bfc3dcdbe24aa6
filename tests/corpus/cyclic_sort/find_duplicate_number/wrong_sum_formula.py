# expect: wrong_answer
# grokpat: find-duplicate-number
# mistake: sum-formula
def find_duplicate(nums):
    n = len(nums) - 1
    return sum(nums) - n * (n + 1) // 2  # only right when the duplicate appears exactly twice
