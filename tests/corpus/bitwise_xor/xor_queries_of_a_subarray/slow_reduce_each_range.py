# expect: suboptimal
# grokpat: xor-queries-of-a-subarray
from functools import reduce
from operator import xor


def xor_queries(arr, queries):
    return [reduce(xor, arr[l : r + 1]) for l, r in queries]
