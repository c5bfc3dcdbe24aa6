# expect: wrong_answer
# grokpat: permutation-in-string
# mistake: fixed-window-edge-off-by-one
def check_inclusion(pattern, s):
    m = len(pattern)
    if m > len(s):
        return False
    target = Counter(pattern)
    window = Counter(s[:m])
    for i in range(m, len(s)):
        if window == target:
            return True
        window[s[i]] += 1
        window[s[i - m]] -= 1
    return False               # the window ending at the last letter is never compared
