# expect: wrong_answer
# grokpat: is-subsequence
# mistake: empty-border
def is_subsequence(s, t):
    i = 0
    for ch in t:
        if i < len(s) and ch == s[i]:
            i += 1
            if i == len(s):
                return True
    return False
