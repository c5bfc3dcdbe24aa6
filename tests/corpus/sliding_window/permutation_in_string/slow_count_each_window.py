# expect: suboptimal
# grokpat: permutation-in-string
def check_inclusion(pattern, s):
    m = len(pattern)
    want = [0] * 26
    for c in pattern:
        want[ord(c) - 97] += 1
    for i in range(len(s) - m + 1):
        have = [0] * 26
        for j in range(i, i + m):
            have[ord(s[j]) - 97] += 1
        if have == want:
            return True
    return False
