# expect: suboptimal
# grokpat: longest-common-subsequence
def longest_common_subsequence(s1, s2):
    def lcs(i, j):
        if i == len(s1) or j == len(s2):
            return 0
        if s1[i] == s2[j]:
            return 1 + lcs(i + 1, j + 1)
        return max(lcs(i + 1, j), lcs(i, j + 1))

    return lcs(0, 0)
