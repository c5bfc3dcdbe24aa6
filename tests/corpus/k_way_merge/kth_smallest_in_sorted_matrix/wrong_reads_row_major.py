# expect: wrong_answer
# grokpat: kth-smallest-in-sorted-matrix
def kth_smallest_in_matrix(matrix, k):
    n = len(matrix)
    return matrix[(k - 1) // n][(k - 1) % n]   # rows are sorted, but row i is not all below row i + 1
