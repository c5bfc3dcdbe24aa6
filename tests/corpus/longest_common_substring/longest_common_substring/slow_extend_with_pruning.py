# expect: suboptimal
# grokpat: longest-common-substring
class Solution:
    def longest_common_substring(self, s1: str, s2: str) -> int:
        best = 0
        for i in range(len(s1)):
            if len(s1) - i <= best:
                break
            for j in range(len(s2)):
                if min(len(s1) - i, len(s2) - j) <= best:
                    break
                k = 0
                while i + k < len(s1) and j + k < len(s2) and s1[i + k] == s2[j + k]:
                    k += 1
                best = max(best, k)
        return best
