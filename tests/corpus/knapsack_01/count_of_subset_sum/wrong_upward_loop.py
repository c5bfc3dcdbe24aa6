# expect: wrong_answer
# grokpat: count-of-subset-sum
# mistake: item-reused
def count_subsets(nums, target):
    ways = [1] + [0] * target
    for x in nums:
        for s in range(x, target + 1):  # upward: counts multisets, reusing x
            ways[s] += ways[s - x]
    return ways[target]
