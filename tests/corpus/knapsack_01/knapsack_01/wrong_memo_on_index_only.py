# expect: wrong_answer
# grokpat: knapsack-01
def knapsack(profits, weights, capacity):
    memo = {}

    def best(i, c):
        if i == len(profits):
            return 0
        if i in memo:  # the capacity left is not part of the key
            return memo[i]
        result = best(i + 1, c)
        if weights[i] <= c:
            result = max(result, profits[i] + best(i + 1, c - weights[i]))
        memo[i] = result
        return result

    return best(0, capacity)
