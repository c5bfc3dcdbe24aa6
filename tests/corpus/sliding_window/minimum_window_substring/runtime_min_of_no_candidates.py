# expect: runtime_error
# grokpat: minimum-window-substring
def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    candidates = []
    left = 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            candidates.append(s[left:right + 1])
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return min(candidates, key=len)   # ValueError when no window covers t
