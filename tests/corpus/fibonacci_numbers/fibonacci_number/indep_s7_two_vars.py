# expect: accepted
# grokpat: fibonacci-number
def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
