# expect: wrong_answer
# grokpat: happy-number
# mistake: returns-value-not-node
def is_happy(n: int) -> bool:
    step = lambda x: sum(int(c) ** 2 for c in str(x))
    slow, fast = n, step(n)
    while fast != 1 and slow != fast:
        slow, fast = step(slow), step(step(fast))
    return 1 if fast == 1 else 0
