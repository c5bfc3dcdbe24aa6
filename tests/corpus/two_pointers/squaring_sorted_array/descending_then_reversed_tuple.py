# expect: accepted
# grokpat: squaring-sorted-array
def square_sorted(nums: list[int]) -> list[int]:
    lo, hi = 0, len(nums) - 1
    biggest_first = []
    while lo <= hi:
        a, b = nums[lo] ** 2, nums[hi] ** 2
        if a >= b:
            biggest_first.append(a)
            lo += 1
        else:
            biggest_first.append(b)
            hi -= 1
    return tuple(reversed(biggest_first))
