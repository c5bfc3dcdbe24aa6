# expect: accepted
# grokpat: is-subsequence
class Solution:
    def is_subsequence(self, s, t):
        it = iter(t)
        return all(c in it for c in s)
