# expect: runtime_error
# grokpat: happy-number
def is_happy(n: int) -> bool:
    if n == 1:
        return True
    return is_happy(sum(int(c) ** 2 for c in str(n)))
