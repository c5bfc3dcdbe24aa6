# expect: wrong_answer
# grokpat: unique-paths
import math


def unique_paths(m, n):
    return math.comb(m + n - 2, m)  # should choose m - 1 of the moves
