# expect: wrong_answer
# grokpat: top-k-frequent-numbers
# mistake: ranks-occurrences
class Solution:
    def top_k_frequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        return heapq.nlargest(k, nums, key=counts.get)   # ranks every occurrence: a value can come twice
