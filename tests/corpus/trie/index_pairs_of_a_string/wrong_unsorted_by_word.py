# expect: wrong_answer
# grokpat: index-pairs-of-a-string
# mistake: sorted-pairs
def index_pairs(text, words):
    pairs = []
    for w in words:  # grouped by word, not sorted by position
        start = text.find(w)
        while start != -1:
            pairs.append([start, start + len(w) - 1])
            start = text.find(w, start + 1)
    return pairs
