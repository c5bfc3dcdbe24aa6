# expect: accepted
# grokpat: longest-substring-without-repeating
def longest_unique_substring(s):
    window = set()
    left = best = 0
    for right, ch in enumerate(s):
        while ch in window:
            window.remove(s[left])
            left += 1
        window.add(ch)
        best = max(best, len(window))
    return best
