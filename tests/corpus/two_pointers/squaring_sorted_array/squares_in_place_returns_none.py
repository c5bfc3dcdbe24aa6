# expect: wrong_answer
# grokpat: squaring-sorted-array
# mistake: not-in-place
def square_sorted(nums):
    for i in range(len(nums)):
        nums[i] = nums[i] ** 2
    nums.sort()
