# expect: wrong_answer
# grokpat: maximum-ribbon-cut
# mistake: greedy-misses-exact-fill
def max_ribbon_cut(ribbon_lengths, n):
    pieces = 0
    for k in sorted(ribbon_lengths):
        pieces += n // k
        n %= k
    return pieces if n == 0 else -1
