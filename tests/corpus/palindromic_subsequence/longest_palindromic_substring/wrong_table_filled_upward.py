# expect: wrong_answer
# grokpat: longest-palindromic-substring
# mistake: table-order
def longest_palindromic_substring(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    best = 1
    for i in range(n):
        pal[i][i] = True
        for j in range(i + 1, n):
            if s[i] == s[j] and (j - i < 3 or pal[i + 1][j - 1]):
                pal[i][j] = True
                best = max(best, j - i + 1)
    return best
