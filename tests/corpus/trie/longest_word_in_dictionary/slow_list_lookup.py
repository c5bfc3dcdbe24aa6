# expect: suboptimal
# grokpat: longest-word-in-dictionary
def longest_word(words):
    best = ""
    for w in words:
        if all(w[:i] in words for i in range(1, len(w))):  # `in` on a list scans it
            if len(w) > len(best) or (len(w) == len(best) and w < best):
                best = w
    return best
