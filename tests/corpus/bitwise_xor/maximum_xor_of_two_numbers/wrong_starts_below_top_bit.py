# expect: wrong_answer
# grokpat: maximum-xor-of-two-numbers
class Solution:
    def find_maximum_xor(self, nums: List[int]) -> int:
        answer = mask = 0
        for bit in range(max(nums).bit_length() - 2, -1, -1):   # skips the highest bit
            mask |= 1 << bit
            prefixes = {x & mask for x in nums}
            candidate = answer | (1 << bit)
            if any(p ^ candidate in prefixes for p in prefixes):
                answer = candidate
        return answer
