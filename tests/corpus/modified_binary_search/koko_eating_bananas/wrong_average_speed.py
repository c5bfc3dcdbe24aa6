# expect: wrong_answer
# grokpat: koko-eating-bananas
import math


def min_eating_speed(piles, h):
    return max(1, math.ceil(sum(piles) / h))     # ignores that an hour is spent on one pile
