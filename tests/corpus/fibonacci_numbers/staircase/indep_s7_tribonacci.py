# expect: accepted
# grokpat: staircase
def count_ways(n: int) -> int:
    # ways(k) = ways(k-1) + ways(k-2) + ways(k-3), ways(0) = 1, negatives = 0
    a, b, c = 0, 0, 1  # ways(-2), ways(-1), ways(0)
    for _ in range(n):
        a, b, c = b, c, a + b + c
    return c
