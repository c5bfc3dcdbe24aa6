# expect: wrong_answer
# grokpat: minimum-jumps-to-end
def min_jumps(jumps):
    n = len(jumps)
    i = count = 0
    while i < n - 1:
        if i + jumps[i] >= n - 1:
            return count + 1
        # greedy on the wrong quantity: the largest jumps[j], not the farthest j + jumps[j]
        i = max(range(i + 1, i + jumps[i] + 1), key=lambda j: jumps[j])
        count += 1
    return count
