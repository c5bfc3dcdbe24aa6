# expect: accepted
# grokpat: longest-substring-with-k-distinct
class Solution:
    def longest_substring_k_distinct(self, s: str, k: int) -> int:
        freq = defaultdict(int)
        l = res = 0
        for r, c in enumerate(s):
            freq[c] += 1
            while len(freq) > k:
                freq[s[l]] -= 1
                if freq[s[l]] == 0:
                    del freq[s[l]]
                l += 1
            res = max(res, r - l + 1)
        return res
