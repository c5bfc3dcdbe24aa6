# expect: accepted
# grokpat: longest-substring-with-k-distinct
from collections import Counter


def longest_substring_k_distinct(s, k):
    # the window never shrinks: it only slides once it has reached its best size
    counts = Counter()
    left = 0
    for ch in s:
        counts[ch] += 1
        if len(counts) > k:
            counts[s[left]] -= 1
            if not counts[s[left]]:
                del counts[s[left]]
            left += 1
    return len(s) - left
