# expect: suboptimal
# grokpat: median-of-two-sorted-arrays
def find_median_sorted_arrays(nums1, nums2):
    merged = []
    i = j = 0
    while i < len(nums1) or j < len(nums2):
        if j == len(nums2) or (i < len(nums1) and nums1[i] <= nums2[j]):
            merged.append(nums1[i])
            i += 1
        else:
            merged.append(nums2[j])
            j += 1
    k = len(merged)
    return merged[k // 2] if k % 2 else (merged[k // 2 - 1] + merged[k // 2]) / 2
