# expect: accepted
# grokpat: two-single-numbers
def two_single_numbers(nums: list[int]) -> list[int]:
    both = 0
    for x in nums:
        both ^= x
    low = both & -both  # a bit where the two singles differ (works for Python negatives too)
    a = 0
    for x in nums:
        if x & low:
            a ^= x
    return [a, both ^ a]
