# expect: wrong_answer
# grokpat: squaring-sorted-array
# mistake: squares-not-sorted
def square_sorted(nums):
    return [x * x for x in nums]  # the input is sorted, so the squares are too
