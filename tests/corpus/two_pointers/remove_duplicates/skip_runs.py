# expect: accepted
# grokpat: remove-duplicates
def remove_duplicates(nums):
    n = len(nums)
    slow = fast = 0
    while fast < n:
        value = nums[fast]
        while fast < n and nums[fast] == value:
            fast += 1  # jump over the whole run of this value
        nums[slow] = value
        slow += 1
    del nums[slow:]
