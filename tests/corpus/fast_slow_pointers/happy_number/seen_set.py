# expect: accepted
# grokpat: happy-number
def is_happy(n: int) -> bool:
    seen = set()
    while n != 1:
        if n in seen:
            return False
        seen.add(n)
        n = sum(int(ch) ** 2 for ch in str(n))
    return True
