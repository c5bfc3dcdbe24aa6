# expect: suboptimal
# grokpat: longest-substring-without-repeating
def longest_unique_substring(s):
    best = 0
    start = 0
    for j in range(len(s)):
        prev = -1
        for i in range(j):          # find the last earlier copy of s[j]
            if s[i] == s[j]:
                prev = i
        if prev >= start:
            start = prev + 1
        best = max(best, j - start + 1)
    return best
