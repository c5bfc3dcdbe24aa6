# expect: accepted
# grokpat: complement-of-base-10
class Solution:
    def bitwise_complement(self, n: int) -> int:
        if n == 0:
            return 1
        mask = (1 << n.bit_length()) - 1
        return n ^ mask
