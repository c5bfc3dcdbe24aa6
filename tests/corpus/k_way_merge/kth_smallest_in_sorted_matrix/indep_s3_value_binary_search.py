# expect: accepted
# grokpat: kth-smallest-in-sorted-matrix
def kth_smallest_in_matrix(matrix, k):
    n = len(matrix)

    def count_le(v):
        # staircase walk from bottom-left: O(n)
        r, c, cnt = n - 1, 0, 0
        while r >= 0 and c < n:
            if matrix[r][c] <= v:
                cnt += r + 1
                c += 1
            else:
                r -= 1
        return cnt

    lo, hi = matrix[0][0], matrix[n - 1][n - 1]
    while lo < hi:
        mid = (lo + hi) // 2
        if count_le(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
