# expect: suboptimal
# grokpat: distinct-subsequences
def num_distinct(s, t):
    def count(i, j):
        if j == len(t):
            return 1
        if i == len(s):
            return 0
        total = count(i + 1, j)
        if s[i] == t[j]:
            total += count(i + 1, j + 1)
        return total

    return count(0, 0)
