# expect: wrong_answer
# grokpat: minimum-window-substring
# mistake: sentinel-is-an-answer
def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    best = s                    # "start with the whole string" — but it may not cover t
    left = 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            if right - left + 1 < len(best):
                best = s[left:right + 1]
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return best
