# expect: accepted
# grokpat: remove-duplicates
def remove_duplicates(nums: list[int]) -> None:
    write = 0
    for x in nums:
        if write == 0 or x != nums[write - 1]:
            nums[write] = x
            write += 1
    nums[write:] = []
