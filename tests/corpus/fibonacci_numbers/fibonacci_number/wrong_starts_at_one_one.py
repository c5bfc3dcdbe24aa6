# expect: wrong_answer
# grokpat: fibonacci-number
# mistake: base-case
def fib(n):
    a, b = 1, 1  # F(0) is 0, not 1: everything is shifted by one
    for _ in range(n):
        a, b = b, a + b
    return a
