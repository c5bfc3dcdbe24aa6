# expect: wrong_answer
# grokpat: letter-combinations-of-phone-number
# mistake: four-letter-keys
def letter_combinations(digits):
    if not digits:
        return []
    out = []

    def bt(i, cur):
        if i == len(digits):
            out.append(cur)
            return
        start = (int(digits[i]) - 2) * 3  # every key as if it had 3 letters
        for ch in "abcdefghijklmnopqrstuvwxyz"[start:start + 3]:
            bt(i + 1, cur + ch)

    bt(0, "")
    return out
