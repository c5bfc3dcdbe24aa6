# expect: runtime_error
# grokpat: longest-substring-without-repeating
def longest_unique_substring(s):
    last = [-1] * 26
    left = best = 0
    for right, ch in enumerate(s):
        idx = ord(ch) - ord("a")
        if last[idx] >= left:
            left = last[idx] + 1
        last[idx] = right
        best = max(best, right - left + 1)
    return best
