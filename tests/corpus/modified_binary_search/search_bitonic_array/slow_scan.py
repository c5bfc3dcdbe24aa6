# expect: suboptimal
# grokpat: search-bitonic-array
class Solution:
    def search_bitonic(self, nums: List[int], key: int) -> int:
        for i, x in enumerate(nums):
            if x == key:
                return i
        return -1
