# expect: suboptimal
# grokpat: unique-paths
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        if m == 1 or n == 1:
            return 1
        return self.uniquePaths(m - 1, n) + self.uniquePaths(m, n - 1)


def unique_paths(m, n):
    return Solution().uniquePaths(m, n)
