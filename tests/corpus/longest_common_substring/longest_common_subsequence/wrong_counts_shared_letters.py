# expect: wrong_answer
# grokpat: longest-common-subsequence
from collections import Counter


class Solution:
    def longest_common_subsequence(self, s1: str, s2: str) -> int:
        # ignores the order of the characters
        return sum((Counter(s1) & Counter(s2)).values())
