# expect: accepted
# grokpat: subset-sum
class Solution:
    def subset_sum(self, nums: List[int], target: int) -> bool:
        mask = (1 << (target + 1)) - 1
        bits = 1  # bit s set <=> sum s reachable
        for x in nums:
            bits = (bits | (bits << x)) & mask
        return bool((bits >> target) & 1)
