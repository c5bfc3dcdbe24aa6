# expect: wrong_answer
# grokpat: complement-of-base-10
# mistake: complement-of-zero
def bitwise_complement(n):
    mask = (1 << n.bit_length()) - 1     # 0 for n == 0, so 0 maps to 0
    return n ^ mask
