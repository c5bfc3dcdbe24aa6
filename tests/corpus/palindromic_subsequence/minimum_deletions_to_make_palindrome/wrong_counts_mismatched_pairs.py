# expect: wrong_answer
# grokpat: minimum-deletions-to-make-palindrome
# mistake: mismatched-pairs
def min_deletions_to_palindrome(s):
    # mismatched mirror pairs: that counts replacements, not deletions
    return sum(1 for i in range(len(s) // 2) if s[i] != s[-1 - i])
