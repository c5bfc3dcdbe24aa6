# expect: accepted
# grokpat: squaring-sorted-array
# A deque where a list is asked is the same list (as a tuple is).
def square_sorted(nums):
    out = deque()
    l, r = 0, len(nums) - 1
    while l <= r:
        if abs(nums[l]) > abs(nums[r]):
            out.appendleft(nums[l] ** 2)
            l += 1
        else:
            out.appendleft(nums[r] ** 2)
            r -= 1
    return out
