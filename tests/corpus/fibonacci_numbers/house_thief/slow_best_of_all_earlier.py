# expect: suboptimal
# grokpat: house-thief
def house_thief(wealth):
    n = len(wealth)
    best = [0] * n  # best[i]: the best haul whose last robbed house is i
    for i in range(n):
        best[i] = wealth[i] + max([best[j] for j in range(i - 1)], default=0)
    return max(best)
