# expect: wrong_answer
# grokpat: first-k-missing-positive
# mistake: forgets-last-number
class Solution:
    def find_first_k_missing_positive(self, nums: List[int], k: int) -> List[int]:
        present = set(nums)
        res = []
        for x in range(1, len(nums) + 1):  # never looks past n
            if x not in present and len(res) < k:
                res.append(x)
        return res
