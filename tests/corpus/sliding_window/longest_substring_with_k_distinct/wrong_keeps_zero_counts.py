# expect: wrong_answer
# grokpat: longest-substring-with-k-distinct
# mistake: zero-count-kept
def longest_substring_k_distinct(s, k):
    counts = {}
    left = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        while len(counts) > k and left <= right:
            counts[s[left]] -= 1     # a count of 0 still counts as distinct
            left += 1
        best = max(best, right - left + 1)
    return best
