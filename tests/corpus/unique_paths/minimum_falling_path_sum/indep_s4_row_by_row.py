# expect: accepted
# grokpat: minimum-falling-path-sum
def min_falling_path_sum(matrix):
    n = len(matrix)
    prev = list(matrix[0])
    for i in range(1, n):
        row = matrix[i]
        cur = [0] * n
        for j in range(n):
            m = prev[j]
            if j > 0 and prev[j - 1] < m:
                m = prev[j - 1]
            if j + 1 < n and prev[j + 1] < m:
                m = prev[j + 1]
            cur[j] = row[j] + m
        prev = cur
    return min(prev)
