# expect: wrong_answer
# grokpat: happy-number
def is_happy(n: int) -> bool:
    def step(x):
        return sum(int(d) * 2 for d in str(x))     # typo: * 2 instead of ** 2

    slow, fast = n, step(n)
    while fast != 1 and slow != fast:
        slow, fast = step(slow), step(step(fast))
    return fast == 1
