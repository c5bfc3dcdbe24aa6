# expect: accepted
# grokpat: longest-substring-without-repeating
def longest_unique_substring(s: str) -> int:
    last = [-1] * 128
    start = -1          # the window is s[start+1 .. i]
    best = 0
    for i, ch in enumerate(s):
        code = ord(ch)
        start = max(start, last[code])
        last[code] = i
        best = max(best, i - start)
    return best
