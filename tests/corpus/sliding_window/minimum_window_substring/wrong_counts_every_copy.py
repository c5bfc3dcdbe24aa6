# expect: wrong_answer
# grokpat: minimum-window-substring
# mistake: sets-instead-of-counts
def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    left = 0
    best = ""
    for right, c in enumerate(s):
        if c in need:
            missing -= 1        # also counts copies the window already has enough of
        need[c] -= 1
        while missing == 0 and left <= right:
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            need[s[left]] += 1
            if s[left] in need and need[s[left]] > 0:
                missing += 1
            left += 1
    return best
