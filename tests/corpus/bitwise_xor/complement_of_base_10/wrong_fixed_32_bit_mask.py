# expect: wrong_answer
# grokpat: complement-of-base-10
# mistake: mask-wrong-width
class Solution:
    def bitwise_complement(self, n: int) -> int:
        return n ^ 0xFFFFFFFF if n else 1      # flips the leading zeros as well
