# expect: wrong_answer
# grokpat: frequency-sort
def frequency_sort(s):
    counts = Counter(s)
    return "".join(sorted(s, key=lambda ch: -counts[ch]))   # equal counts keep their mixed original order
