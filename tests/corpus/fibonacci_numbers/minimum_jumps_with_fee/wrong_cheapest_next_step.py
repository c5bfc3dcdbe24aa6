# expect: wrong_answer
# grokpat: minimum-jumps-with-fee
def min_fee(fee):
    n, i, paid = len(fee), 0, 0
    while i < n:
        paid += fee[i]
        if i + 3 >= n:
            break
        i = min((i + 1, i + 2, i + 3), key=lambda j: fee[j])  # greedy: the cheapest landing
    return paid
