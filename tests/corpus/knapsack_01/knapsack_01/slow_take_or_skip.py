# expect: suboptimal
# grokpat: knapsack-01
def knapsack(profits, weights, capacity):
    def best(i, c):
        if i == len(profits):
            return 0
        skip = best(i + 1, c)
        if weights[i] <= c:
            return max(skip, profits[i] + best(i + 1, c - weights[i]))
        return skip

    return best(0, capacity)
