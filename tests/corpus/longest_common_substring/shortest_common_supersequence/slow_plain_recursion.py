# expect: suboptimal
# grokpat: shortest-common-supersequence
def shortest_common_supersequence(s1, s2):
    def scs(i, j):
        if i == len(s1):
            return s2[j:]
        if j == len(s2):
            return s1[i:]
        if s1[i] == s2[j]:
            return s1[i] + scs(i + 1, j + 1)
        a = s1[i] + scs(i + 1, j)
        b = s2[j] + scs(i, j + 1)
        return a if len(a) <= len(b) else b

    return scs(0, 0)
