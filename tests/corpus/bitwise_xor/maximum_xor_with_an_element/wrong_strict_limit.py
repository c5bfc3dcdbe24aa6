# expect: wrong_answer
# grokpat: maximum-xor-with-an-element
class Solution:
    def maximize_xor(self, nums: List[int], queries: List[List[int]]) -> List[int]:
        root = {}
        nums = sorted(nums)
        out = [-1] * len(queries)
        k = 0
        for i in sorted(range(len(queries)), key=lambda i: queries[i][1]):
            x, m = queries[i]
            while k < len(nums) and nums[k] < m:       # a number equal to m is allowed too
                node = root
                for b in range(29, -1, -1):
                    node = node.setdefault((nums[k] >> b) & 1, {})
                k += 1
            if not root:
                continue
            node, best = root, 0
            for b in range(29, -1, -1):
                want = ((x >> b) & 1) ^ 1
                if want in node:
                    best |= 1 << b
                    node = node[want]
                else:
                    node = node[want ^ 1]
            out[i] = best
        return out
