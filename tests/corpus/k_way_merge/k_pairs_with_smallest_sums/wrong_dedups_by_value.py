# expect: wrong_answer
# grokpat: k-pairs-with-smallest-sums
def k_smallest_pairs(nums1, nums2, k):
    heap = [(nums1[0] + nums2[0], 0, 0)]
    seen = {(nums1[0], nums2[0])}    # remembers values, not positions: equal-looking pairs are lost
    out = []
    while heap and len(out) < k:
        _, i, j = heapq.heappop(heap)
        out.append([nums1[i], nums2[j]])
        for a, b in ((i + 1, j), (i, j + 1)):
            if a < len(nums1) and b < len(nums2) and (nums1[a], nums2[b]) not in seen:
                seen.add((nums1[a], nums2[b]))
                heapq.heappush(heap, (nums1[a] + nums2[b], a, b))
    return out
