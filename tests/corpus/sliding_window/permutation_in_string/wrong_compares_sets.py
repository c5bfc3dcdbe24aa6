# expect: wrong_answer
# grokpat: permutation-in-string
# mistake: sets-instead-of-counts
def check_inclusion(pattern, s):
    m = len(pattern)
    letters = set(pattern)
    for i in range(len(s) - m + 1):
        if set(s[i:i + m]) == letters:   # ignores how many times each letter occurs
            return True
    return False
