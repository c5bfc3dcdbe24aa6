# expect: suboptimal
# grokpat: longest-palindromic-substring
def is_palindrome(s, lo, hi):
    while lo < hi:
        if s[lo] != s[hi]:
            return False
        lo += 1
        hi -= 1
    return True


def longest_palindromic_substring(s):
    best = 0
    for i in range(len(s)):
        for j in range(i, len(s)):
            if is_palindrome(s, i, j):
                best = max(best, j - i + 1)
    return best
