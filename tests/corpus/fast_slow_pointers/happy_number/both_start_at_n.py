# expect: wrong_answer
# grokpat: happy-number
# mistake: checks-before-moving
def is_happy(n: int) -> bool:
    def step(x):
        s = 0
        while x > 0:
            s += (x % 10) ** 2
            x //= 10
        return s

    slow = fast = n
    while fast != 1 and slow != fast:   # slow == fast already: the loop never runs
        slow = step(slow)
        fast = step(step(fast))
    return fast == 1
