# expect: wrong_answer
# grokpat: single-number
def single_number(nums):
    acc = nums[0]
    for x in nums:          # nums[0] is XORed in a second time
        acc ^= x
    return acc
