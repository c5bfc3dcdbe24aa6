# expect: runtime_error
# grokpat: median-of-two-sorted-arrays
def find_median_sorted_arrays(nums1, nums2):
    if nums1[-1] <= nums2[0]:            # a quick path that reads both arrays' ends
        s = nums1 + nums2
    elif nums2[-1] <= nums1[0]:
        s = nums2 + nums1
    else:
        s = sorted(nums1 + nums2)
    k = len(s)
    return s[k // 2] if k % 2 else (s[k // 2 - 1] + s[k // 2]) / 2
