# expect: runtime_error
# grokpat: longest-repeating-character-replacement
def character_replacement(s, k):
    counts = [0] * 26
    left = max_freq = best = 0
    for right in range(len(s)):
        counts[ord(s[right]) - ord("a")] += 1
        max_freq = max(max_freq, counts[ord(s[right]) - ord("a")])
        while right - left + 1 - max_freq > k:
            counts[ord(s[left]) - ord("a")] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
