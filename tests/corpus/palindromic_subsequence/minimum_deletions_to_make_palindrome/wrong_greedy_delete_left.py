# expect: wrong_answer
# grokpat: minimum-deletions-to-make-palindrome
class Solution:
    def min_deletions_to_palindrome(self, s: str) -> int:
        lo, hi, deleted = 0, len(s) - 1, 0
        while lo < hi:
            if s[lo] == s[hi]:
                lo += 1
                hi -= 1
            else:
                deleted += 1
                lo += 1
        return deleted
