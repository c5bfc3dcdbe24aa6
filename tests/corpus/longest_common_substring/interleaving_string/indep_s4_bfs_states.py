# expect: accepted
# grokpat: interleaving-string
def is_interleave(s1, s2, s3):
    if len(s1) + len(s2) != len(s3):
        return False
    seen = {(0, 0)}
    q = deque([(0, 0)])
    while q:
        i, j = q.popleft()
        if i == len(s1) and j == len(s2):
            return True
        k = i + j
        if i < len(s1) and s1[i] == s3[k] and (i + 1, j) not in seen:
            seen.add((i + 1, j))
            q.append((i + 1, j))
        if j < len(s2) and s2[j] == s3[k] and (i, j + 1) not in seen:
            seen.add((i, j + 1))
            q.append((i, j + 1))
    return False
