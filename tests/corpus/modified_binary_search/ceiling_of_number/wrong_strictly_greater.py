# expect: wrong_answer
# grokpat: ceiling-of-number
# mistake: candidate-ruled-out
import bisect


def search_ceiling(nums, key):
    i = bisect.bisect_right(nums, key)     # skips key itself when it is present
    return i if i < len(nums) else -1
