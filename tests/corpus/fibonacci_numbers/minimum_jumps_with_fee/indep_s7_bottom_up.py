# expect: accepted
# grokpat: minimum-jumps-with-fee
def min_fee(fee):
    n = len(fee)
    # cost[i]: least fee to reach the top starting on step i; cost[>=n] = 0
    cost = [0] * (n + 3)
    for i in range(n - 1, -1, -1):
        cost[i] = fee[i] + min(cost[i + 1], cost[i + 2], cost[i + 3])
    return cost[0]
