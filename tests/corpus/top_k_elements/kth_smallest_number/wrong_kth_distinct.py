# expect: wrong_answer
# grokpat: kth-smallest-number
# mistake: counts-distinct
class Solution:
    def kth_smallest(self, nums: List[int], k: int) -> int:
        distinct = sorted(set(nums))             # duplicates must count separately
        return distinct[min(k, len(distinct)) - 1]
