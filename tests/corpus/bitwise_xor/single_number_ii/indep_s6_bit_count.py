# expect: accepted
# grokpat: single-number-ii
class Solution:
    def single_number_ii(self, nums: List[int]) -> int:
        res = 0
        for b in range(32):
            cnt = 0
            for x in nums:
                cnt += (x >> b) & 1
            if cnt % 3:
                res |= 1 << b
        if res >= 1 << 31:  # reinterpret as signed 32-bit
            res -= 1 << 32
        return res
