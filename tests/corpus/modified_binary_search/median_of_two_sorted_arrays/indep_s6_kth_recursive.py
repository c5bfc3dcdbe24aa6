# expect: accepted
# grokpat: median-of-two-sorted-arrays
class Solution:
    def find_median_sorted_arrays(self, nums1: List[int], nums2: List[int]) -> float:
        def kth(i, j, k):
            # k-th smallest (1-based) of nums1[i:] + nums2[j:], no slicing
            if i >= len(nums1):
                return nums2[j + k - 1]
            if j >= len(nums2):
                return nums1[i + k - 1]
            if k == 1:
                return min(nums1[i], nums2[j])
            step = k // 2
            ai = i + step - 1
            bj = j + step - 1
            av = nums1[ai] if ai < len(nums1) else math.inf
            bv = nums2[bj] if bj < len(nums2) else math.inf
            if av < bv:
                return kth(i + step, j, k - step)
            return kth(i, j + step, k - step)

        total = len(nums1) + len(nums2)
        if total % 2:
            return float(kth(0, 0, total // 2 + 1))
        return (kth(0, 0, total // 2) + kth(0, 0, total // 2 + 1)) / 2
