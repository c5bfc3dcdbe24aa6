# expect: accepted
# grokpat: palindrome-pairs


def palindrome_pairs(words):
    index = {w: i for i, w in enumerate(words)}
    res = []
    for i, w in enumerate(words):
        n = len(w)
        for j in range(n + 1):
            pre, suf = w[:j], w[j:]
            if pre == pre[::-1]:
                k = index.get(suf[::-1])
                if k is not None and k != i:
                    res.append([k, i])
            if j != n and suf == suf[::-1]:
                k = index.get(pre[::-1])
                if k is not None and k != i:
                    res.append([i, k])
    return res
