# expect: accepted
# grokpat: minimum-window-substring
def min_window(s: str, t: str) -> str:
    # among equally short windows this keeps the LAST one (<=), which is just as valid
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    missing = len(t)
    best = None
    left = 0
    for right, c in enumerate(s):
        if need.get(c, 0) > 0:
            missing -= 1
        need[c] = need.get(c, 0) - 1
        while missing == 0:
            if best is None or right - left + 1 <= best[1] - best[0]:
                best = (left, right + 1)
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return s[best[0]:best[1]] if best else ""
