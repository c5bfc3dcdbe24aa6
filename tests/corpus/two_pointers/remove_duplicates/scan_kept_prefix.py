# expect: suboptimal
# grokpat: remove-duplicates
def remove_duplicates(nums):
    write = 0
    for read in range(len(nums)):
        seen = False
        j = 0
        while j < write:  # have we kept this value already?
            if nums[j] == nums[read]:
                seen = True
            j += 1
        if not seen:
            nums[write] = nums[read]
            write += 1
    del nums[write:]
