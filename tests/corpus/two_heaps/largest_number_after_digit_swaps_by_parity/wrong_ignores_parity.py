# expect: wrong_answer
# grokpat: largest-number-after-digit-swaps-by-parity
def largest_integer(num):
    return int("".join(sorted(str(num), reverse=True)))
