# expect: wrong_answer
# grokpat: remove-duplicates
# mistake: loses-last-value
def remove_duplicates(nums):
    write = 0
    for read in range(1, len(nums)):
        if nums[read] != nums[write]:
            write += 1
            nums[write] = nums[read]
    del nums[write:]
