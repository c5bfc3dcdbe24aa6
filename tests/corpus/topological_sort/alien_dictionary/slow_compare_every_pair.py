# expect: suboptimal
# grokpat: alien-dictionary
from collections import deque


def alien_order(words):
    # every pair of words (not only neighbours) gives a rule: right, but quadratic
    letters = {c for w in words for c in w}
    graph = {c: set() for c in letters}
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            a, b = words[i], words[j]
            for x, y in zip(a, b):
                if x != y:
                    graph[x].add(y)
                    break
            else:
                if len(a) > len(b):
                    return ""
    indeg = {c: 0 for c in letters}
    for c in graph:
        for d in graph[c]:
            indeg[d] += 1
    q = deque(c for c in letters if indeg[c] == 0)
    out = []
    while q:
        c = q.popleft()
        out.append(c)
        for d in graph[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                q.append(d)
    return "".join(out) if len(out) == len(letters) else ""
