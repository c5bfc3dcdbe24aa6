# expect: accepted
# grokpat: longest-substring-with-k-distinct
from collections import OrderedDict


def longest_substring_k_distinct(s, k):
    if k == 0:
        return 0
    last = OrderedDict()          # char -> last index, oldest first
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last:
            del last[ch]
        last[ch] = right
        if len(last) > k:
            _, oldest = last.popitem(last=False)
            left = oldest + 1
        best = max(best, right - left + 1)
    return best
