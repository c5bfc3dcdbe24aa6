# expect: accepted
# grokpat: longest-palindromic-subsequence
def longest_palindromic_subsequence(s: str) -> int:
    n = len(s)
    # prev[j] = LPS of s[i+1..j], cur[j] = LPS of s[i..j]
    prev = [0] * n
    for i in range(n - 1, -1, -1):
        cur = [0] * n
        cur[i] = 1
        ci = s[i]
        for j in range(i + 1, n):
            if s[j] == ci:
                cur[j] = prev[j - 1] + 2
            else:
                a, b = prev[j], cur[j - 1]
                cur[j] = a if a > b else b
        prev = cur
    return prev[n - 1]
