# expect: accepted
# grokpat: maximum-xor-of-two-numbers
class TrieNode:
    __slots__ = ("kids",)

    def __init__(self):
        self.kids = [None, None]


class Solution:
    def find_maximum_xor(self, nums):
        bits = max(nums).bit_length()
        root = TrieNode()
        best = 0
        for x in nums:
            # insert
            node = root
            for b in range(bits - 1, -1, -1):
                bit = (x >> b) & 1
                if node.kids[bit] is None:
                    node.kids[bit] = TrieNode()
                node = node.kids[bit]
            # query
            node = root
            cur = 0
            for b in range(bits - 1, -1, -1):
                bit = (x >> b) & 1
                want = bit ^ 1
                if node.kids[want] is not None:
                    cur |= 1 << b
                    node = node.kids[want]
                else:
                    node = node.kids[bit]
            best = max(best, cur)
        return best
