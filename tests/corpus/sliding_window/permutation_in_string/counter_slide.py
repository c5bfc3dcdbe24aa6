# expect: accepted
# grokpat: permutation-in-string
from collections import Counter


def check_inclusion(pattern, s):
    m = len(pattern)
    target = Counter(pattern)
    window = Counter(s[:m])
    if window == target:
        return True
    for i in range(m, len(s)):
        window[s[i]] += 1
        window[s[i - m]] -= 1
        if window[s[i - m]] == 0:
            del window[s[i - m]]
        if window == target:
            return True
    return False
