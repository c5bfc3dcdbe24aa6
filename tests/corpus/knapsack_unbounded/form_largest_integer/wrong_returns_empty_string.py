# expect: wrong_answer
# grokpat: form-largest-integer
# mistake: impossible-empty-string
def form_largest_integer(cost, target):
    most = [0] + [-1] * target
    for t in range(1, target + 1):
        for c in cost:
            if c <= t and most[t - c] >= 0:
                most[t] = max(most[t], most[t - c] + 1)
    answer, t = "", target
    if most[target] < 0:
        return answer  # "" instead of "0"
    while t:
        for d in range(9, 0, -1):
            c = cost[d - 1]
            if c <= t and most[t - c] == most[t] - 1:
                answer += str(d)
                t -= c
                break
    return answer
