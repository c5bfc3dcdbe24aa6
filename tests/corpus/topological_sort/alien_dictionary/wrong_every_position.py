# expect: wrong_answer
# grokpat: alien-dictionary
# mistake: alien-rules
from collections import deque


def alien_order(words):
    letters = {c for w in words for c in w}
    graph = {c: set() for c in letters}
    indeg = {c: 0 for c in letters}
    for a, b in zip(words, words[1:]):
        if len(a) > len(b) and a.startswith(b):
            return ""
        for x, y in zip(a, b):
            if x != y and y not in graph[x]:  # every differing position, not only the first
                graph[x].add(y)
                indeg[y] += 1
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
