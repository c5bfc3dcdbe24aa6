# expect: wrong_answer
# grokpat: maximum-xor-of-two-numbers
def find_maximum_xor(nums):
    return max(nums) ^ min(nums)       # the extremes need not differ in the most bits
