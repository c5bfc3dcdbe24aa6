# expect: wrong_answer
# grokpat: letter-case-permutation
def letter_case_permutation(s):
    res = [""]
    for c in s:
        if c.isalpha():
            res = [r + c for r in res] + [r + c.upper() for r in res]  # an uppercase letter never goes lower
        else:
            res = [r + c for r in res]
    return res
