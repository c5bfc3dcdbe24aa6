# expect: wrong_answer
# grokpat: backspace-string-compare
# mistake: stops-when-one-runs-out
def backspace_compare(s, t):
    i, j = len(s) - 1, len(t) - 1
    skip_s = skip_t = 0
    while i >= 0 and j >= 0:
        while i >= 0 and (s[i] == "#" or skip_s):
            skip_s += 1 if s[i] == "#" else -1
            i -= 1
        while j >= 0 and (t[j] == "#" or skip_t):
            skip_t += 1 if t[j] == "#" else -1
            j -= 1
        if i >= 0 and j >= 0 and s[i] != t[j]:
            return False
        i -= 1
        j -= 1
    return True  # forgets that the other string may still have characters left
