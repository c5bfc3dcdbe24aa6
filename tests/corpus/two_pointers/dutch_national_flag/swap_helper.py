# expect: accepted
# grokpat: dutch-national-flag
def dutch_flag_sort(nums: list[int]) -> None:
    def swap(a, b):
        nums[a], nums[b] = nums[b], nums[a]

    lo, i, hi = 0, 0, len(nums) - 1
    while i <= hi:
        if nums[i] == 0:
            swap(i, lo)
            lo += 1
            i += 1
        elif nums[i] == 2:
            swap(i, hi)
            hi -= 1  # don't move i: the new nums[i] is unchecked
        else:
            i += 1
