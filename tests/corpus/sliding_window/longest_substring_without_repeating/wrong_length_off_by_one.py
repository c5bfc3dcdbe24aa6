# expect: wrong_answer
# grokpat: longest-substring-without-repeating
# mistake: length-off-by-one
def longest_unique_substring(s):
    seen = set()
    i = best = 0
    for j in range(len(s)):
        while s[j] in seen:
            seen.remove(s[i])
            i += 1
        seen.add(s[j])
        best = max(best, j - i)
    return best
