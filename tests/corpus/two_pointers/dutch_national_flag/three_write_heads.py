# expect: accepted
# grokpat: dutch-national-flag
def dutch_flag_sort(nums):
    # one pass: every value pushes the boundaries of the blocks at or above it
    zero = one = 0
    for two, x in enumerate(nums):
        nums[two] = 2
        if x < 2:
            nums[one] = 1
            one += 1
        if x == 0:
            nums[zero] = 0
            zero += 1
