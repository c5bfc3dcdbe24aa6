# expect: wrong_answer
# grokpat: distinct-subsequences
# mistake: one-row-overwrite
def num_distinct(s, t):
    ways = [1] + [0] * len(t)
    for c in s:
        for j in range(1, len(t) + 1):      # upward: ways[j - 1] is already the new value
            if t[j - 1] == c:
                ways[j] += ways[j - 1]
    return ways[len(t)]
