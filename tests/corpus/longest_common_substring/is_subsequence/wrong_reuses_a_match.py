# expect: wrong_answer
# grokpat: is-subsequence
# mistake: reused-match
def is_subsequence(s, t):
    pos = 0
    for ch in s:
        k = t.find(ch, pos)
        if k == -1:
            return False
        pos = k          # should be k + 1: the same character of t is used again
    return True
