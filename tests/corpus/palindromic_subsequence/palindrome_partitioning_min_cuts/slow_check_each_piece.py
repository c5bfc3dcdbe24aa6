# expect: suboptimal
# grokpat: palindrome-partitioning-min-cuts
def min_palindrome_cuts(s):
    def is_pal(i, j):
        while i < j:
            if s[i] != s[j]:
                return False
            i += 1
            j -= 1
        return True

    n = len(s)
    cuts = [0] * n
    for j in range(n):
        best = j
        for i in range(j + 1):
            if is_pal(i, j):
                best = min(best, 0 if i == 0 else cuts[i - 1] + 1)
        cuts[j] = best
    return cuts[-1]
