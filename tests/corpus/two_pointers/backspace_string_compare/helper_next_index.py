# expect: accepted
# grokpat: backspace-string-compare
def next_valid(text, i):
    backspaces = 0
    while i >= 0:
        if text[i] == "#":
            backspaces += 1
        elif backspaces:
            backspaces -= 1
        else:
            break
        i -= 1
    return i


def backspace_compare(s, t):
    i, j = len(s) - 1, len(t) - 1
    while True:
        i = next_valid(s, i)
        j = next_valid(t, j)
        if i < 0 and j < 0:
            return True
        if i < 0 or j < 0 or s[i] != t[j]:
            return False
        i -= 1
        j -= 1
