# expect: wrong_answer
# grokpat: unbounded-knapsack
def unbounded_knapsack(profits, weights, capacity):
    total = 0
    for p, w in sorted(zip(profits, weights), key=lambda pw: pw[0] / pw[1], reverse=True):
        count = capacity // w
        total += count * p
        capacity -= count * w
    return total
