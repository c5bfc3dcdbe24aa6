# expect: wrong_answer
# grokpat: k-pairs-with-smallest-sums
def k_smallest_pairs(nums1, nums2, k):
    # only pairs that use nums1[0] or nums2[0]
    candidates = [(nums1[0] + v, 0, j) for j, v in enumerate(nums2)]
    candidates += [(u + nums2[0], i, 0) for i, u in enumerate(nums1) if i > 0]
    candidates.sort()
    return [[nums1[i], nums2[j]] for _, i, j in candidates[:k]]
