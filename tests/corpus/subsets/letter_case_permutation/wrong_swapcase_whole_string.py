# expect: wrong_answer
# grokpat: letter-case-permutation
def letter_case_permutation(s):
    out = {s, s.lower(), s.upper(), s.swapcase()}
    return list(out)
