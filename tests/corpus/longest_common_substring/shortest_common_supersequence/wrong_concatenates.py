# expect: wrong_answer
# grokpat: shortest-common-supersequence
def shortest_common_supersequence(s1, s2):
    if s1 in s2:
        return s2
    if s2 in s1:
        return s1
    return s1 + s2
