# expect: wrong_answer
# grokpat: longest-substring-without-repeating
# mistake: records-in-wrong-place
def longest_unique_substring(s):
    last = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last and last[ch] >= left:
            best = max(best, right - left)  # only measured when a repeat ends the window
            left = last[ch] + 1
        last[ch] = right
    return best
