# expect: wrong_answer
# grokpat: count-of-subset-sum
# mistake: counts-distinct-values
def count_subsets(nums, target):
    ways = [1] + [0] * target
    for x in set(nums):  # equal numbers at different positions are different subsets
        for s in range(target, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[target]
