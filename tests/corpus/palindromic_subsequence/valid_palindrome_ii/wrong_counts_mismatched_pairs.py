# expect: wrong_answer
# grokpat: valid-palindrome-ii
# mistake: mismatched-pairs
def valid_palindrome(s):
    mismatches = sum(1 for i in range(len(s) // 2) if s[i] != s[-1 - i])
    return mismatches <= 1
