# expect: accepted
# grokpat: letter-case-permutation
def letter_case_permutation(s: str) -> list[str]:
    chars = list(s)
    letters = [i for i, ch in enumerate(chars) if ch.isalpha()]
    out = []

    def go(idx):
        if idx == len(letters):
            out.append("".join(chars))
            return
        i = letters[idx]
        chars[i] = chars[i].lower()
        go(idx + 1)
        chars[i] = chars[i].upper()
        go(idx + 1)

    go(0)
    return out
