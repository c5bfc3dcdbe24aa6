# expect: suboptimal
# grokpat: count-palindromic-substrings
class Solution:
    def count_palindromic_substrings(self, s: str) -> int:
        count = 0
        for i in range(len(s)):
            for j in range(i, len(s)):
                lo, hi = i, j
                ok = True
                while lo < hi:
                    if s[lo] != s[hi]:
                        ok = False
                        break
                    lo += 1
                    hi -= 1
                if ok:
                    count += 1
        return count
