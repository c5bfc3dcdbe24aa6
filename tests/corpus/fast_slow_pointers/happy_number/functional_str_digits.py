# expect: accepted
# grokpat: happy-number
def is_happy(n: int) -> bool:
    sq = lambda x: sum(int(c) ** 2 for c in str(x))
    slow, fast = n, sq(n)
    while slow != fast:
        slow, fast = sq(slow), sq(sq(fast))
    return slow == 1
