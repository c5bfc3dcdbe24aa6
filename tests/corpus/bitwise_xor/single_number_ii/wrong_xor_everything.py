# expect: wrong_answer
# grokpat: single-number-ii
def single_number_ii(nums):
    acc = 0
    for x in nums:
        acc ^= x           # x ^ x ^ x is x, not 0
    return acc
