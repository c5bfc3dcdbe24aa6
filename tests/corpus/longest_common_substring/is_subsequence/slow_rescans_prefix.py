# expect: suboptimal
# grokpat: is-subsequence
class Solution:
    def is_subsequence(self, s: str, t: str) -> bool:
        pos = 0
        for ch in s:
            # walks t from the start each time to skip the part already used
            j = 0
            found = False
            while j < len(t):
                if j >= pos and t[j] == ch:
                    pos = j + 1
                    found = True
                    break
                j += 1
            if not found:
                return False
        return True
