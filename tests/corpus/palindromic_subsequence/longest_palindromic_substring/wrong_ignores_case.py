# expect: wrong_answer
# grokpat: longest-palindromic-substring
def longest_palindromic_substring(s):
    s = s.lower()
    best = 0
    for centre in range(2 * len(s) - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        best = max(best, hi - lo - 1)
    return best
