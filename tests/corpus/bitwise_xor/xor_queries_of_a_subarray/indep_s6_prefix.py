# expect: accepted
# grokpat: xor-queries-of-a-subarray
from itertools import accumulate
from operator import xor


def xor_queries(arr, queries):
    pre = [0] + list(accumulate(arr, xor))
    return [pre[r + 1] ^ pre[l] for l, r in queries]
