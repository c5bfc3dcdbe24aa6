# expect: wrong_answer
# grokpat: longest-repeating-character-replacement
# mistake: leaving-element-still-counted
def character_replacement(s, k):
    counts = {}
    left = max_freq = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        max_freq = max(max_freq, counts[ch])
        while right - left + 1 - max_freq > k:
            left += 1                 # the letter leaving is still counted
        best = max(best, right - left + 1)
    return best
