# expect: wrong_answer
# grokpat: permutation-in-string
# mistake: fixed-window-edge-off-by-one
def check_inclusion(pattern, s):
    m = len(pattern)
    want = [0] * 26
    for c in pattern:
        want[ord(c) - 97] += 1
    have = [0] * 26
    for i, c in enumerate(s):
        have[ord(c) - 97] += 1
        if i >= m:
            have[ord(s[i - m + 1]) - 97] -= 1
        if have == want:
            return True
    return False
