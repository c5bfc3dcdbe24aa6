# expect: suboptimal
# grokpat: minimum-falling-path-sum
def min_falling_path_sum(matrix):
    n = len(matrix)

    def fall(r, c):
        if c < 0 or c >= n:
            return float("inf")
        if r == n - 1:
            return matrix[r][c]
        return matrix[r][c] + min(fall(r + 1, c - 1), fall(r + 1, c), fall(r + 1, c + 1))

    return min(fall(0, c) for c in range(n))
