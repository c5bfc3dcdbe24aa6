# expect: wrong_answer
# grokpat: count-palindromic-substrings
def count_palindromic_substrings(s):
    seen = set()
    for centre in range(2 * len(s) - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            seen.add(s[lo:hi + 1])
            lo -= 1
            hi += 1
    return len(seen)
