# expect: wrong_answer
# grokpat: xor-queries-of-a-subarray
class Solution:
    def xor_queries(self, arr: List[int], queries: List[List[int]]) -> List[int]:
        p = arr[:]
        for i in range(1, len(p)):
            p[i] ^= p[i - 1]
        return [p[r] ^ p[l] for l, r in queries]      # cancels arr[l] as well
