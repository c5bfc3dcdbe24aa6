# expect: wrong_answer
# grokpat: median-of-two-sorted-arrays
def find_median_sorted_arrays(nums1, nums2):
    a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    while lo <= hi:
        i = (lo + hi) // 2
        j = half - i
        al = a[i - 1] if i else float("-inf")
        ar = a[i] if i < m else float("inf")
        bl = b[j - 1] if j else float("-inf")
        br = b[j] if j < n else float("inf")
        if al > br:
            hi = i - 1
        elif bl > ar:
            lo = i + 1
        else:
            return float(max(al, bl))       # an even total needs the mean of two numbers
