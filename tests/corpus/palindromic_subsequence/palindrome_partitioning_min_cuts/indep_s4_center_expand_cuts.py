# expect: accepted
# grokpat: palindrome-partitioning-min-cuts
def min_palindrome_cuts(s: str) -> int:
    n = len(s)
    # cuts[k] = min cuts for prefix s[:k]; cuts[0] = -1 sentinel
    cuts = list(range(-1, n))
    for c in range(n):
        for lo, hi in ((c, c), (c, c + 1)):
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                if cuts[lo] + 1 < cuts[hi + 1]:
                    cuts[hi + 1] = cuts[lo] + 1
                lo -= 1
                hi += 1
    return cuts[n]
