# expect: wrong_answer
# grokpat: longest-repeating-character-replacement
# mistake: length-off-by-one
def character_replacement(s, k):
    counts = {}
    left = max_freq = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        max_freq = max(max_freq, counts[ch])
        while right - left - max_freq > k:   # the window holds right - left + 1 letters
            counts[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
