# expect: accepted
# grokpat: combination-sum


def combination_sum(candidates, target):
    # unbounded-knapsack style: process candidates one at a time so each
    # multiset is produced once (numbers appear in candidate order)
    ways = [[] for _ in range(target + 1)]
    ways[0] = [[]]
    for x in candidates:
        for t in range(x, target + 1):
            for combo in ways[t - x]:
                ways[t].append(combo + [x])
    return ways[target]
