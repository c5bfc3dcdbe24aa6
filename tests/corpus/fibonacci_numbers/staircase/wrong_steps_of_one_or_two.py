# expect: wrong_answer
# grokpat: staircase
# mistake: missing-choice
def count_ways(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return a
