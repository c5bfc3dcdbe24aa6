# expect: wrong_answer
# grokpat: longest-repeating-character-replacement
# mistake: whole-input-shortcut
def character_replacement(s, k):
    run = best = 1
    for i in range(1, len(s)):
        run = run + 1 if s[i] == s[i - 1] else 1
        best = max(best, run)
    return min(len(s), best + k)   # extend the longest run by k replacements
