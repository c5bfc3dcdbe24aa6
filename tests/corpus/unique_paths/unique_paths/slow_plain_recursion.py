# expect: suboptimal
# grokpat: unique-paths
def unique_paths(m, n):
    def count(r, c):
        if r == m - 1 and c == n - 1:
            return 1
        if r >= m or c >= n:
            return 0
        return count(r + 1, c) + count(r, c + 1)

    return count(0, 0)
