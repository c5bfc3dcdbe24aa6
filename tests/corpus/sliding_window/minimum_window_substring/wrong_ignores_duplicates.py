# expect: wrong_answer
# grokpat: minimum-window-substring
# mistake: sets-instead-of-counts
def min_window(s, t):
    letters = set(t)           # "aa" should need two a's
    have = {}
    left = 0
    best = ""
    for right, c in enumerate(s):
        have[c] = have.get(c, 0) + 1
        while all(have.get(x, 0) > 0 for x in letters):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            have[s[left]] -= 1
            left += 1
    return best
