# expect: wrong_answer
# grokpat: remove-duplicates
# mistake: not-in-place
def remove_duplicates(nums):
    nums = list(dict.fromkeys(nums))  # a new list: the caller's nums is untouched
    return nums
