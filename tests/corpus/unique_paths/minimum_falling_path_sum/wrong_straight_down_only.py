# expect: wrong_answer
# grokpat: minimum-falling-path-sum
# mistake: missing-moves
def min_falling_path_sum(matrix):
    n = len(matrix)
    return min(sum(matrix[r][c] for r in range(n)) for c in range(n))  # diagonal steps never taken
