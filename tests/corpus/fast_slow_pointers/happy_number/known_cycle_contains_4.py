# expect: accepted
# grokpat: happy-number
def is_happy(n: int) -> bool:
    # every unhappy number ends in the cycle 4 -> 16 -> 37 -> 58 -> 89 -> 145 -> 42 -> 20 -> 4
    while n != 1 and n != 4:
        n = sum(int(d) * int(d) for d in str(n))
    return n == 1
