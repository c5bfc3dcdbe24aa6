# expect: wrong_answer
# grokpat: longest-common-subsequence
# mistake: one-row-overwrite
def longest_common_subsequence(s1, s2):
    # one row, but the diagonal value is read after it was overwritten
    row = [0] * (len(s2) + 1)
    for c in s1:
        for j in range(1, len(s2) + 1):
            if c == s2[j - 1]:
                row[j] = row[j - 1] + 1
            else:
                row[j] = max(row[j], row[j - 1])
    return row[-1]
