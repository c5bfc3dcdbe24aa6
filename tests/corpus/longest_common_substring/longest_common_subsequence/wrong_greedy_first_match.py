# expect: wrong_answer
# grokpat: longest-common-subsequence
def longest_common_subsequence(s1, s2):
    # take each character of s1 at its first usable place in s2
    count, pos = 0, 0
    for c in s1:
        k = s2.find(c, pos)
        if k != -1:
            count += 1
            pos = k + 1
    return count
