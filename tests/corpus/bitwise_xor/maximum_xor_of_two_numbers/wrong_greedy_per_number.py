# expect: wrong_answer
# grokpat: maximum-xor-of-two-numbers
def find_maximum_xor(nums):
    top = max(nums)
    return max(top ^ x for x in nums)     # the best pair need not contain the maximum
