# expect: suboptimal
# grokpat: word-break-ii
def word_break(s, word_dict):
    words = set(word_dict)
    res = []

    def bt(i, path):
        if i == len(s):
            res.append(" ".join(path))
            return
        for j in range(i + 1, len(s) + 1):
            if s[i:j] in words:
                path.append(s[i:j])
                bt(j, path)
                path.pop()

    bt(0, [])
    return res
