# expect: wrong_answer
# grokpat: valid-palindrome-ii
# mistake: one-deletion-side
def valid_palindrome(s):
    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] != s[hi]:
            rest = s[lo + 1:hi + 1]
            return rest == rest[::-1]
        lo += 1
        hi -= 1
    return True
