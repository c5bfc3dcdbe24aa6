# expect: compile_error
# grokpat: permutation-in-string
class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m = len(s1)
        target = Counter(s1)
        for i in range(len(s2) - m + 1):
            if Counter(s2[i:i + m]) == target:
                return True
        return False
