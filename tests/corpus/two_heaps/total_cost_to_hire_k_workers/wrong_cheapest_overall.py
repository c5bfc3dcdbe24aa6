# expect: wrong_answer
# grokpat: total-cost-to-hire-k-workers
def total_cost(costs, k, candidates):
    return sum(sorted(costs)[:k])          # ignores that only the two ends can be hired
