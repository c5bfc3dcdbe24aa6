# expect: wrong_answer
# grokpat: complement-of-base-10
# mistake: mask-wrong-width
def bitwise_complement(n):
    if n == 0:
        return 1
    bits = 0
    while (1 << (bits + 1)) <= n:      # counts one bit fewer than n has
        bits += 1
    return n ^ ((1 << bits) - 1)
