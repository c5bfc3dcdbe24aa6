# expect: accepted
# grokpat: triplet-sum-close-to-target
def triplet_sum_close_to_target(nums, target):
    a = sorted(nums)
    key = lambda s: (abs(s - target), s)
    best = a[0] + a[1] + a[2]
    for i in range(len(a) - 2):
        lo, hi = i + 1, len(a) - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            best = min(best, s, key=key)
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                return s
    return best
