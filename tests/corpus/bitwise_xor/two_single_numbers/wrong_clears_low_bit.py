# expect: wrong_answer
# grokpat: two-single-numbers
def two_single_numbers(nums):
    diff = 0
    for v in nums:
        diff ^= v
    low = diff & (diff - 1)      # clears the lowest set bit instead of isolating it
    a = b = 0
    for v in nums:
        if v & low:
            a ^= v
        else:
            b ^= v
    return [a, b]
