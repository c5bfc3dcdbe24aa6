# expect: suboptimal
# grokpat: median-of-two-sorted-arrays
class Solution:
    def find_median_sorted_arrays(self, nums1: List[int], nums2: List[int]) -> float:
        s = sorted(nums1 + nums2)
        k = len(s)
        return float(s[k // 2]) if k % 2 else (s[k // 2 - 1] + s[k // 2]) / 2
