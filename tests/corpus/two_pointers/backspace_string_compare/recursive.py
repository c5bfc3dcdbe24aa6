# expect: accepted
# grokpat: backspace-string-compare
def backspace_compare(s: str, t: str) -> bool:
    def back(text, i):
        skip = 0
        while i >= 0 and (text[i] == "#" or skip):
            skip += 1 if text[i] == "#" else -1
            i -= 1
        return i

    def same(i, j):
        i, j = back(s, i), back(t, j)
        if i < 0 or j < 0:
            return i < 0 and j < 0
        return s[i] == t[j] and same(i - 1, j - 1)

    return same(len(s) - 1, len(t) - 1)
