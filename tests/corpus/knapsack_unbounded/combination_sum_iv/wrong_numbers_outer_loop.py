# expect: wrong_answer
# grokpat: combination-sum-iv
# mistake: loop-order-counts-combinations
def combination_sum4(nums, target):
    ways = [1] + [0] * target
    for x in nums:  # numbers outside: each combination counted in one order only
        for t in range(x, target + 1):
            ways[t] += ways[t - x]
    return ways[target]
