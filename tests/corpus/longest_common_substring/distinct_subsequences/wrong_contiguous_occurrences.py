# expect: wrong_answer
# grokpat: distinct-subsequences
# mistake: recurrence-mixup
def num_distinct(s, t):
    # counts where t appears as a substring
    return sum(1 for i in range(len(s) - len(t) + 1) if s[i:i + len(t)] == t)
