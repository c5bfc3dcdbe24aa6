# expect: suboptimal
# grokpat: order-agnostic-binary-search
class Solution:
    def binary_search(self, nums: List[int], key: int) -> int:
        return nums.index(key) if key in nums else -1
