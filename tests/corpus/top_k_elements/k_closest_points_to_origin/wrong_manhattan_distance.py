# expect: wrong_answer
# grokpat: k-closest-points-to-origin
class Solution:
    def k_closest(self, points: List[List[int]], k: int) -> List[List[int]]:
        return heapq.nsmallest(k, points, key=lambda p: abs(p[0]) + abs(p[1]))   # not the Euclidean distance
