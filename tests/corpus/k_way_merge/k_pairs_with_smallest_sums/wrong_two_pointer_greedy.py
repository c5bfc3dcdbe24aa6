# expect: wrong_answer
# grokpat: k-pairs-with-smallest-sums
def k_smallest_pairs(nums1, nums2, k):
    # walk one staircase: after each pair, step in whichever array gives the smaller next sum
    i = j = 0
    out = [[nums1[0], nums2[0]]]
    while len(out) < k:
        right = nums1[i] + nums2[j + 1] if j + 1 < len(nums2) else None
        down = nums1[i + 1] + nums2[j] if i + 1 < len(nums1) else None
        if right is None and down is None:
            break
        if down is None or (right is not None and right <= down):
            j += 1
        else:
            i += 1
        out.append([nums1[i], nums2[j]])
    return out
