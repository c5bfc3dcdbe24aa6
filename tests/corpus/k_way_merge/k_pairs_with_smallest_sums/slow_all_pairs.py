# expect: suboptimal
# grokpat: k-pairs-with-smallest-sums
def k_smallest_pairs(nums1, nums2, k):
    pairs = [(u + v, u, v) for u in nums1 for v in nums2]
    pairs.sort()
    return [[u, v] for _, u, v in pairs[:k]]
