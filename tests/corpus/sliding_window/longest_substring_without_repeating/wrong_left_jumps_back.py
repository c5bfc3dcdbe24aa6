# expect: wrong_answer
# grokpat: longest-substring-without-repeating
# mistake: left-jumps-back
def longest_unique_substring(s):
    last = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last:
            left = last[ch] + 1   # forgets that last[ch] may be left of the window ("abba")
        last[ch] = right
        best = max(best, right - left + 1)
    return best
