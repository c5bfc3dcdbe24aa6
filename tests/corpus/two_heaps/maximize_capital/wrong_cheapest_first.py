# expect: wrong_answer
# grokpat: maximize-capital
def find_maximized_capital(capital, profits, k, initial_capital):
    w = initial_capital
    for c, p in sorted(zip(capital, profits))[:k]:     # the cheapest projects, not the most profitable
        if c > w:
            break
        w += p
    return w
