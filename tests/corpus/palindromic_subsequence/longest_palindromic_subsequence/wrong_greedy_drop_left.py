# expect: wrong_answer
# grokpat: longest-palindromic-subsequence
def longest_palindromic_subsequence(s):
    # match the two ends when they are equal, otherwise always drop the left one
    lo, hi, length = 0, len(s) - 1, 0
    while lo < hi:
        if s[lo] == s[hi]:
            length += 2
            lo += 1
            hi -= 1
        else:
            lo += 1
    return length + (1 if lo == hi else 0)
