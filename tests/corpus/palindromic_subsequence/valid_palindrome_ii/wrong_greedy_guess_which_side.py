# expect: wrong_answer
# grokpat: valid-palindrome-ii
# mistake: one-deletion-side
def valid_palindrome(s):
    lo, hi = 0, len(s) - 1
    deleted = False
    while lo < hi:
        if s[lo] == s[hi]:
            lo += 1
            hi -= 1
        elif deleted:
            return False
        else:
            deleted = True
            # guess the side from the next character only
            if s[lo + 1] == s[hi]:
                lo += 1
            else:
                hi -= 1
    return True
