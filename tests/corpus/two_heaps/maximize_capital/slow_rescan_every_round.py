# expect: suboptimal
# grokpat: maximize-capital
def find_maximized_capital(capital, profits, k, initial_capital):
    done = [False] * len(capital)
    w = initial_capital
    for _ in range(k):
        best = -1
        for i in range(len(capital)):
            if not done[i] and capital[i] <= w and (best == -1 or profits[i] > profits[best]):
                best = i
        if best == -1:
            break
        done[best] = True
        w += profits[best]
    return w
