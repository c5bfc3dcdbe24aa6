# expect: wrong_answer
# grokpat: backspace-string-compare
# mistake: backspace-skips-two
def backspace_compare(s, t):
    def last_char(text, i):
        # a '#' deletes the character before it, so jump over both
        while i >= 0 and text[i] == "#":
            i -= 2
        return i

    i, j = len(s) - 1, len(t) - 1
    while True:
        i, j = last_char(s, i), last_char(t, j)
        if i < 0 or j < 0:
            return i < 0 and j < 0
        if s[i] != t[j]:
            return False
        i -= 1
        j -= 1
