# expect: wrong_answer
# grokpat: k-closest-numbers
# mistake: output-not-sorted
class Solution:
    def find_closest_elements(self, arr: List[int], k: int, x: int) -> List[int]:
        return heapq.nsmallest(k, arr, key=lambda a: (abs(a - x), a))   # in order of distance, not ascending
