# expect: wrong_answer
# grokpat: kth-smallest-in-sorted-matrix
def kth_smallest_in_matrix(matrix, k):
    n = len(matrix)

    def count_less(x):               # meant to count the cells <= x
        count, col = 0, n - 1
        for row in matrix:
            while col >= 0 and row[col] >= x:
                col -= 1
            count += col + 1
        return count

    lo, hi = matrix[0][0], matrix[-1][-1]
    while lo < hi:
        mid = (lo + hi) // 2
        if count_less(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
