# expect: wrong_answer
# grokpat: count-palindromic-substrings
# mistake: even-centres
def count_palindromic_substrings(s):
    count = 0
    for centre in range(len(s)):
        lo = hi = centre
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            count += 1
            lo -= 1
            hi += 1
    return count
