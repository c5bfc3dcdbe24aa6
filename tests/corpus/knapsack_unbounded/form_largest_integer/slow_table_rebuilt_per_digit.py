# expect: suboptimal
# grokpat: form-largest-integer
def form_largest_integer(cost, target):
    def most_digits_table(t):
        best = [0] + [-1] * t
        for a in range(1, t + 1):
            for c in cost:
                if c <= a and best[a - c] >= 0:
                    best[a] = max(best[a], best[a - c] + 1)
        return best

    if most_digits_table(target)[target] < 0:
        return "0"
    answer = ""
    left = target
    while left:
        best = most_digits_table(left)  # rebuilt for every digit written
        for d in range(9, 0, -1):
            c = cost[d - 1]
            if c <= left and best[left - c] == best[left] - 1:
                answer += str(d)
                left -= c
                break
    return answer
