# expect: runtime_error
# grokpat: remove-duplicates
def remove_duplicates(nums):
    write = read = 0
    while read < len(nums):
        while nums[read] == nums[read + 1]:
            read += 1
        nums[write] = nums[read]
        write += 1
        read += 1
    del nums[write:]
