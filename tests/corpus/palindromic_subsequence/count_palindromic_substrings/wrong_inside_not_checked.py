# expect: wrong_answer
# grokpat: count-palindromic-substrings
def count_palindromic_substrings(s):
    # counts substrings whose two ends match, forgetting that the inside must match too
    count = 0
    for i in range(len(s)):
        for j in range(i, len(s)):
            if s[i] == s[j]:
                count += 1
    return count
