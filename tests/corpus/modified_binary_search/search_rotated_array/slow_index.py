# expect: suboptimal
# grokpat: search-rotated-array
class Solution:
    def search_rotated(self, nums: List[int], key: int) -> int:
        try:
            return nums.index(key)
        except ValueError:
            return -1
