# expect: wrong_answer
# grokpat: staircase
# mistake: base-case
def count_ways(n):
    if n <= 0:
        return 0  # the empty climb is one way
    ways = [0] * (n + 1)
    ways[1] = 1
    if n >= 2:
        ways[2] = 2
    if n >= 3:
        ways[3] = 4
    for i in range(4, n + 1):
        ways[i] = ways[i - 1] + ways[i - 2] + ways[i - 3]
    return ways[n]
