# expect: accepted
# grokpat: happy-number
def digit_square_sum(n):
    return 0 if n == 0 else (n % 10) ** 2 + digit_square_sum(n // 10)


def is_happy(n, fast=None):
    if fast is None:
        fast = digit_square_sum(n)
    if fast == 1:
        return True
    if n == fast:
        return False
    return is_happy(digit_square_sum(n), digit_square_sum(digit_square_sum(fast)))
