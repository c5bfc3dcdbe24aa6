# expect: wrong_answer
# grokpat: remove-duplicates
# mistake: loses-last-value
def remove_duplicates(nums):
    write = 0
    for i in range(len(nums) - 1):
        if nums[i] != nums[i + 1]:
            nums[write] = nums[i]
            write += 1
    del nums[write:]  # forgot the last run: it has no "next" to differ from
