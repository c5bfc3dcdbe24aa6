# expect: suboptimal
# grokpat: unbounded-knapsack
def unbounded_knapsack(profits, weights, capacity):
    def best(i, c):
        if i == len(profits):
            return 0
        result = best(i + 1, c)
        if weights[i] <= c:
            result = max(result, profits[i] + best(i, c - weights[i]))
        return result

    return best(0, capacity)
