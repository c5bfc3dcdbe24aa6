# expect: wrong_answer
# grokpat: minimum-falling-path-sum
# mistake: wrap-around
class Solution:
    def minFallingPathSum(self, matrix: List[List[int]]) -> int:
        n = len(matrix)
        prev = matrix[0][:]
        for r in range(1, n):
            # prev[c - 1] at c = 0 is prev[-1]: the last column leaks into the first
            prev = [matrix[r][c] + min(prev[c - 1], prev[c], prev[(c + 1) % n]) for c in range(n)]
        return min(prev)


def min_falling_path_sum(matrix):
    return Solution().minFallingPathSum(matrix)
