# expect: accepted
# grokpat: edit-distance
def edit_distance(s1: str, s2: str) -> int:
    m = len(s2)
    prev = list(range(m + 1))
    for i, a in enumerate(s1, 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            if a == s2[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
        prev = cur
    return prev[m]
