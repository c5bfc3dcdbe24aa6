# expect: wrong_answer
# grokpat: longest-palindromic-substring
# mistake: even-centres
def longest_palindromic_substring(s):
    best = 0
    for centre in range(len(s)):
        lo = hi = centre
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        best = max(best, hi - lo - 1)
    return best
