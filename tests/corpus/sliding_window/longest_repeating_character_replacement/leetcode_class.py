# expect: accepted
# grokpat: longest-repeating-character-replacement
class Solution:
    def character_replacement(self, s: str, k: int) -> int:
        count = defaultdict(int)
        l = maxf = res = 0
        for r in range(len(s)):
            count[s[r]] += 1
            maxf = max(maxf, count[s[r]])
            while (r - l + 1) - maxf > k:
                count[s[l]] -= 1
                l += 1
            res = max(res, r - l + 1)
        return res
