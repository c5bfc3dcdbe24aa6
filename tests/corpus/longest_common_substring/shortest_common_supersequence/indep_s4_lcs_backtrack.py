# expect: accepted
# grokpat: shortest-common-supersequence
def shortest_common_supersequence(s1: str, s2: str) -> str:
    n, m = len(s1), len(s2)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, down = dp[i], dp[i + 1]
        a = s1[i]
        for j in range(m - 1, -1, -1):
            if a == s2[j]:
                row[j] = down[j + 1] + 1
            else:
                row[j] = max(down[j], row[j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        if s1[i] == s2[j]:
            out.append(s1[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            out.append(s1[i]); i += 1
        else:
            out.append(s2[j]); j += 1
    out.append(s1[i:])
    out.append(s2[j:])
    return "".join(out)
