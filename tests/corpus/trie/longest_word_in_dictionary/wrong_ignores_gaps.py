# expect: wrong_answer
# grokpat: longest-word-in-dictionary
# mistake: all-prefixes
def longest_word(words):
    # sorted by length, each word only needs its parent to have been seen
    seen = set()
    best = ""
    for w in sorted(words, key=len):
        if len(w) == 1 or w[:-1] in seen:
            if len(w) > len(best) or (len(w) == len(best) and w < best):
                best = w
        seen.add(w)
    return best
