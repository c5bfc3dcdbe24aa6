# expect: accepted
# grokpat: longest-substring-without-repeating
from collections import Counter


def longest_unique_substring(s):
    counts = Counter()
    lo = 0
    longest = 0
    for hi in range(len(s)):
        counts[s[hi]] += 1
        while counts[s[hi]] > 1:
            counts[s[lo]] -= 1
            lo += 1
        longest = max(longest, hi - lo + 1)
    return longest
