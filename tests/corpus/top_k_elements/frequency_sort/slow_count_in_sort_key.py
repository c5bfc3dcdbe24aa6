# expect: suboptimal
# grokpat: frequency-sort
def frequency_sort(s):
    return "".join(sorted(s, key=lambda ch: (-s.count(ch), ch)))   # counts the whole string for every character
