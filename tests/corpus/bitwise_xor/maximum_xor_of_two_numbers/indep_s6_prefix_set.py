# expect: accepted
# grokpat: maximum-xor-of-two-numbers
def find_maximum_xor(nums):
    ans = 0
    mask = 0
    for b in range(30, -1, -1):
        mask |= 1 << b
        prefixes = {x & mask for x in nums}
        cand = ans | (1 << b)
        if any((cand ^ p) in prefixes for p in prefixes):
            ans = cand
    return ans
