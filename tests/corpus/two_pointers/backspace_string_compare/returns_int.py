# expect: wrong_answer
# grokpat: backspace-string-compare
# mistake: returns-wrong-thing
def backspace_compare(s, t):
    i, j = len(s) - 1, len(t) - 1
    while True:
        skip = 0
        while i >= 0 and (s[i] == "#" or skip):
            skip += 1 if s[i] == "#" else -1
            i -= 1
        skip = 0
        while j >= 0 and (t[j] == "#" or skip):
            skip += 1 if t[j] == "#" else -1
            j -= 1
        if i < 0 or j < 0:
            return int(i < 0 and j < 0)
        if s[i] != t[j]:
            return 0
        i, j = i - 1, j - 1
