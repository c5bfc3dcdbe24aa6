# expect: wrong_answer
# grokpat: permutation-in-string
def check_inclusion(pattern, s):
    m = len(pattern)
    want = [0] * 26
    have = [0] * 26
    for c in pattern:
        want[ord(c) - 97] += 1
    for i, c in enumerate(s):
        have[ord(c) - 97] += 1
        if i >= m:
            have[ord(s[i - m]) - 97] -= 1
        if have == want:
            return 1
    return 0
