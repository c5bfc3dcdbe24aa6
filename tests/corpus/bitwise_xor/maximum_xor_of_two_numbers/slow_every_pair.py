# expect: suboptimal
# grokpat: maximum-xor-of-two-numbers
def find_maximum_xor(nums):
    best = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            best = max(best, nums[i] ^ nums[j])
    return best
