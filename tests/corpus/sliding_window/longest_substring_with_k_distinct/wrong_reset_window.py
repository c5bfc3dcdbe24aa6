# expect: wrong_answer
# grokpat: longest-substring-with-k-distinct
def longest_substring_k_distinct(s, k):
    if k == 0:
        return 0
    counts = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch not in counts and len(counts) == k:
            counts = {}              # start over from the new character
            left = right
        counts[ch] = counts.get(ch, 0) + 1
        best = max(best, right - left + 1)
    return best
