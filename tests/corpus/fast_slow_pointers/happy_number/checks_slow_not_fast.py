# expect: wrong_answer
# grokpat: happy-number
def is_happy(n: int) -> bool:
    step = lambda x: sum(int(c) ** 2 for c in str(x))
    slow, fast = n, step(n)
    while fast != 1 and slow != fast:
        slow = step(slow)
        fast = step(step(fast))
    return slow == 1          # fast reaches 1 first; slow may still be behind
