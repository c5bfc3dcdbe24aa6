# expect: wrong_answer
# grokpat: longest-word-in-dictionary
# mistake: all-prefixes
def longest_word(words):
    have = set(words)
    best = ""
    for w in have:
        if len(w) == 1 or w[:-1] in have:  # the parent may itself be unbuildable
            if len(w) > len(best) or (len(w) == len(best) and w < best):
                best = w
    return best
