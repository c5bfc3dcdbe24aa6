# expect: accepted
# grokpat: longest-palindromic-substring
def longest_palindromic_substring(s: str) -> int:
    n = len(s)
    best = 1
    for c in range(2 * n - 1):
        lo = c // 2
        hi = lo + (c % 2)
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        best = max(best, hi - lo - 1)
    return best
