# expect: wrong_answer
# grokpat: interleaving-string
# mistake: greedy-interleave
def is_interleave(s1, s2, s3):
    if len(s1) + len(s2) != len(s3):
        return False
    i = j = 0
    for ch in s3:
        if i < len(s1) and s1[i] == ch:
            i += 1
        elif j < len(s2) and s2[j] == ch:
            j += 1
        else:
            return False
    return True
