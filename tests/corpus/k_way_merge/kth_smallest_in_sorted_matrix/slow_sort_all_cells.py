# expect: suboptimal
# grokpat: kth-smallest-in-sorted-matrix
class Solution:
    def kth_smallest_in_matrix(self, matrix: List[List[int]], k: int) -> int:
        return sorted(x for row in matrix for x in row)[k - 1]
