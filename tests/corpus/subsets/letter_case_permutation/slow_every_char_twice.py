# expect: suboptimal
# grokpat: letter-case-permutation
def letter_case_permutation(s):
    out = set()

    def go(i, cur):
        if i == len(s):
            out.add(cur)
            return
        go(i + 1, cur + s[i].lower())
        go(i + 1, cur + s[i].upper())  # a digit branches too, into the same string

    go(0, "")
    return list(out)
