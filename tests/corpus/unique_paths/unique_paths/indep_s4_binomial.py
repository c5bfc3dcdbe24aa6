# expect: accepted
# grokpat: unique-paths
class Solution:
    def unique_paths(self, m, n):
        # choose which of the m+n-2 moves are the m-1 downs
        return math.comb(m + n - 2, m - 1)
