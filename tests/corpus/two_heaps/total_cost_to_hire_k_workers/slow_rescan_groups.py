# expect: suboptimal
# grokpat: total-cost-to-hire-k-workers
def total_cost(costs, k, candidates):
    alive = [True] * len(costs)
    lo, hi = 0, len(costs) - 1
    total = 0
    for _ in range(k):
        left, right = [], []
        i = lo
        while i <= hi and len(left) < candidates:
            if alive[i]:
                left.append(i)
            i += 1
        j = hi
        while j >= i and len(right) < candidates:
            if alive[j]:
                right.append(j)
            j -= 1
        best = min(left + right, key=lambda w: (costs[w], w))
        alive[best] = False
        total += costs[best]
        while lo <= hi and not alive[lo]:
            lo += 1
        while hi >= lo and not alive[hi]:
            hi -= 1
    return total
