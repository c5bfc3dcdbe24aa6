# expect: accepted
# grokpat: knapsack-01
def knapsack(profits, weights, capacity):
    best = [0] * (capacity + 1)
    for p, w in zip(profits, weights):
        for c in range(capacity, w - 1, -1):
            cand = best[c - w] + p
            if cand > best[c]:
                best[c] = cand
    return best[capacity]
