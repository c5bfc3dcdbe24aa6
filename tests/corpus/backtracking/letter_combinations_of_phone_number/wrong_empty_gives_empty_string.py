# expect: wrong_answer
# grokpat: letter-combinations-of-phone-number
# mistake: empty-digits
def letter_combinations(digits):
    keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
    res = [""]
    for d in digits:
        res = [p + ch for p in res for ch in keys[d]]
    return res  # [""] for no digits
