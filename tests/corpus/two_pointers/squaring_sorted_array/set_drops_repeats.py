# expect: wrong_answer
# grokpat: squaring-sorted-array
# mistake: set-drops-order
def square_sorted(nums):
    return sorted({x * x for x in nums})
