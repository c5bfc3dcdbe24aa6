# expect: wrong_answer
# grokpat: median-of-two-sorted-arrays
def median(s):
    k = len(s)
    return s[k // 2] if k % 2 else (s[k // 2 - 1] + s[k // 2]) / 2


def find_median_sorted_arrays(nums1, nums2):
    if not nums1:
        return float(median(nums2))
    if not nums2:
        return float(median(nums1))
    return (median(nums1) + median(nums2)) / 2
