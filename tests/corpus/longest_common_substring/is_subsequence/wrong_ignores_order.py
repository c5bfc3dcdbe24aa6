# expect: wrong_answer
# grokpat: is-subsequence
# mistake: ignores-order
from collections import Counter


def is_subsequence(s, t):
    need, have = Counter(s), Counter(t)
    return all(have[c] >= k for c, k in need.items())
