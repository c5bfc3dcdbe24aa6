# expect: accepted
# grokpat: longest-repeating-character-replacement
from collections import Counter


def character_replacement(s, k):
    window = Counter()
    left = best = 0
    for right, ch in enumerate(s):
        window[ch] += 1
        while right - left + 1 - max(window.values()) > k:   # at most 26 letters
            window[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
