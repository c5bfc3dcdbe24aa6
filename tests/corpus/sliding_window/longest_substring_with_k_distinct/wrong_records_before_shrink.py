# expect: wrong_answer
# grokpat: longest-substring-with-k-distinct
# mistake: records-in-wrong-place
def longest_substring_k_distinct(s, k):
    freq = defaultdict(int)
    left = best = 0
    for right, ch in enumerate(s):
        freq[ch] += 1
        best = max(best, right - left + 1)
        while len(freq) > k:
            freq[s[left]] -= 1
            if freq[s[left]] == 0:
                del freq[s[left]]
            left += 1
    return best
