# expect: wrong_answer
# grokpat: word-break-ii
# mistake: stops-early
def word_break(s, word_dict):
    words = set(word_dict)
    memo = {}

    def go(i):
        if i == len(s):
            return [""]
        if i in memo:
            return memo[i]
        out = []
        for j in range(len(s), i, -1):
            if s[i:j] in words:
                out = [s[i:j] + (" " + r if r else "") for r in go(j)]
                if out:
                    break  # stops at the longest word that works: other splits are lost
        memo[i] = out
        return out

    return go(0)
