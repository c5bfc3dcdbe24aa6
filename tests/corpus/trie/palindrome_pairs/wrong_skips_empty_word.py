# expect: wrong_answer
# grokpat: palindrome-pairs
# mistake: empty-word
def palindrome_pairs(words):
    res = []
    for i, a in enumerate(words):
        if not a:
            continue  # the empty word pairs with every palindrome
        for j, b in enumerate(words):
            if i != j and b and (a + b) == (a + b)[::-1]:
                res.append([i, j])
    return res
