# expect: wrong_answer
# grokpat: happy-number
def is_happy(n: int) -> bool:
    # keep squaring digits until one digit is left, then see if it is 1
    while n >= 10:
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1
