# expect: wrong_answer
# grokpat: generalized-abbreviations
def generate_abbreviations(word):
    res = [""]
    for ch in word:
        res = [r + ch for r in res] + [r + "1" for r in res]  # "11" instead of "2"
    return res
