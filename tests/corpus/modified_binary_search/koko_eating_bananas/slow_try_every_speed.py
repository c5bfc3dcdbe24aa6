# expect: suboptimal
# grokpat: koko-eating-bananas
import math


def min_eating_speed(piles, h):
    k = max(1, math.ceil(sum(piles) / h))     # a lower bound, then one speed at a time
    while sum(math.ceil(p / k) for p in piles) > h:
        k += 1
    return k
