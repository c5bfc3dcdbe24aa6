# expect: wrong_answer
# grokpat: fibonacci-number
class Solution:
    def fib(self, n: int) -> int:
        a, b = 0, 1
        for _ in range(n):
            a = b  # the old a is lost before b uses it
            b = a + b
        return a
