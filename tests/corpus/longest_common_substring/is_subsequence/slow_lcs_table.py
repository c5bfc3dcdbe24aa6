# expect: suboptimal
# grokpat: is-subsequence
def is_subsequence(s, t):
    # the longest common subsequence of s and t is s itself exactly when s is a subsequence
    m, n = len(s), len(t)
    prev = [0] * (n + 1)
    for i in range(1, m + 1):
        cur = [0] * (n + 1)
        for j in range(1, n + 1):
            if s[i - 1] == t[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    return prev[n] == m
