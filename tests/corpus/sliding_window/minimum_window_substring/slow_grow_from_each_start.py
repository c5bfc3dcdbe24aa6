# expect: suboptimal
# grokpat: minimum-window-substring
def min_window(s, t):
    want = {}
    for c in t:
        want[c] = want.get(c, 0) + 1
    best = ""
    for i in range(len(s)):
        need = dict(want)
        missing = len(t)
        for j in range(i, len(s)):
            c = s[j]
            if need.get(c, 0) > 0:
                missing -= 1
                need[c] -= 1
            if missing == 0:
                if not best or j - i + 1 < len(best):
                    best = s[i:j + 1]
                break
    return best
