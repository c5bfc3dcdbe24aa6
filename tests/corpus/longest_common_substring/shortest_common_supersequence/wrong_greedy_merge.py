# expect: wrong_answer
# grokpat: shortest-common-supersequence
def shortest_common_supersequence(s1, s2):
    # merge front to front, sharing a letter whenever the fronts agree,
    # otherwise always taking from s1 first
    out, i, j = [], 0, 0
    while i < len(s1) and j < len(s2):
        if s1[i] == s2[j]:
            out.append(s1[i])
            i += 1
            j += 1
        else:
            out.append(s1[i])
            i += 1
    return "".join(out) + s1[i:] + s2[j:]
