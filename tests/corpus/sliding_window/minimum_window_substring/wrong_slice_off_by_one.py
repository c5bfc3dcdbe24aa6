# expect: wrong_answer
# grokpat: minimum-window-substring
# mistake: length-off-by-one
def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    left = 0
    best = None
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            if best is None or right - left < best[1] - best[0]:
                best = (left, right)
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return s[best[0]:best[1]] if best else ""
