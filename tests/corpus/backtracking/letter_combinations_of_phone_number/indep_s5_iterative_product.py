# expect: accepted
# grokpat: letter-combinations-of-phone-number


def letter_combinations(digits: str) -> list[str]:
    pad = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
    if digits == "":
        return []
    combos = [""]
    for d in digits:
        combos = [c + letter for c in combos for letter in pad[int(d)]]
    return combos
