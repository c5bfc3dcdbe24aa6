# expect: wrong_answer
# grokpat: word-break-ii
memo = {}


def word_break(s, word_dict):
    # the cache outlives the call: the answers for another s and dictionary come back
    if len(s) in memo:
        return memo[len(s)]
    words = set(word_dict)
    out = []
    for j in range(1, len(s) + 1):
        if s[:j] in words:
            if j == len(s):
                out.append(s)
            else:
                out += [s[:j] + " " + r for r in word_break(s[j:], word_dict)]
    memo[len(s)] = out
    return out
