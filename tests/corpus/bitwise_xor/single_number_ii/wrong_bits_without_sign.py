# expect: wrong_answer
# grokpat: single-number-ii
# mistake: sign-bit-lost
def single_number_ii(nums):
    result = 0
    for b in range(32):
        if sum((x >> b) & 1 for x in nums) % 3:
            result |= 1 << b
    return result          # a set bit 31 should make the answer negative
