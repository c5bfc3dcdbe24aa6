# expect: wrong_answer
# grokpat: maximum-ribbon-cut
# mistake: impossible-not-none
def max_ribbon_cut(ribbon_lengths, n):
    most = [0] * (n + 1)  # lengths that cannot be cut look like "0 pieces"
    for r in range(1, n + 1):
        for k in ribbon_lengths:
            if k <= r:
                most[r] = max(most[r], most[r - k] + 1)
    return most[n] if most[n] > 0 else -1
