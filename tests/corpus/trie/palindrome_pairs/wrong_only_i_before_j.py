# expect: wrong_answer
# grokpat: palindrome-pairs
# mistake: both-orders
def palindrome_pairs(words):
    res = []
    for i in range(len(words)):
        for j in range(i + 1, len(words)):  # [j, i] is never tried
            s = words[i] + words[j]
            if s == s[::-1]:
                res.append([i, j])
    return res
