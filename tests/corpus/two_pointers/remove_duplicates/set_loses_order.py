# expect: wrong_answer
# grokpat: remove-duplicates
# mistake: set-drops-order
def remove_duplicates(nums):
    nums[:] = list(set(nums))  # sets of small ints look sorted... until negatives show up
