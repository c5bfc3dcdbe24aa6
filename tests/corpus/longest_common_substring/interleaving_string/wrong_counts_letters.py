# expect: wrong_answer
# grokpat: interleaving-string
# mistake: ignores-order
from collections import Counter


class Solution:
    def is_interleave(self, s1: str, s2: str, s3: str) -> bool:
        return Counter(s1) + Counter(s2) == Counter(s3)
