# expect: suboptimal
# grokpat: house-thief-circular
def house_thief_circular(wealth):
    n = len(wealth)
    if n == 1:
        return wealth[0]

    def best(i, last):
        if i > last:
            return 0
        return max(best(i + 1, last), wealth[i] + best(i + 2, last))

    return max(best(0, n - 2), best(1, n - 1))
