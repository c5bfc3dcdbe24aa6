# expect: suboptimal
# grokpat: palindrome-pairs
def palindrome_pairs(words):
    res = []
    for i, a in enumerate(words):
        for j, b in enumerate(words):
            if i != j:
                s = a + b
                if s == s[::-1]:
                    res.append([i, j])
    return res
