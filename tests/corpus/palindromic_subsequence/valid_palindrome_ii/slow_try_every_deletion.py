# expect: suboptimal
# grokpat: valid-palindrome-ii
def valid_palindrome(s):
    def is_pal(t):
        i, j = 0, len(t) - 1
        while i < j:
            if t[i] != t[j]:
                return False
            i += 1
            j -= 1
        return True

    if is_pal(s):
        return True
    for k in range(len(s)):
        if is_pal(s[:k] + s[k + 1:]):
            return True
    return False
