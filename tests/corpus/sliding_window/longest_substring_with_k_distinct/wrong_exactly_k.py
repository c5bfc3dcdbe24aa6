# expect: wrong_answer
# grokpat: longest-substring-with-k-distinct
# mistake: condition-boundary
def longest_substring_k_distinct(s, k):
    counts = {}
    left = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        while len(counts) > k:
            counts[s[left]] -= 1
            if counts[s[left]] == 0:
                del counts[s[left]]
            left += 1
        if len(counts) == k:          # "exactly k" instead of "at most k"
            best = max(best, right - left + 1)
    return best
