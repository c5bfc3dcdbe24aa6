# expect: accepted
# grokpat: rod-cutting
def cut_rod(prices: list[int]) -> int:
    n = len(prices)
    best = [0] * (n + 1)
    for length in range(1, n + 1):
        top = 0
        for first in range(1, length + 1):
            v = prices[first - 1] + best[length - first]
            if v > top:
                top = v
        best[length] = top
    return best[n]
