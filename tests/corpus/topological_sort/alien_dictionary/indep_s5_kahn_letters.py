# expect: accepted
# grokpat: alien-dictionary


def alien_order(words: list[str]) -> str:
    letters = {c for w in words for c in w}
    succ = {c: set() for c in letters}
    indeg = {c: 0 for c in letters}
    for w1, w2 in zip(words, words[1:]):
        for a, b in zip(w1, w2):
            if a != b:
                if b not in succ[a]:
                    succ[a].add(b)
                    indeg[b] += 1
                break
        else:
            if len(w1) > len(w2):
                return ""
    q = deque(c for c in letters if indeg[c] == 0)
    out = []
    while q:
        c = q.popleft()
        out.append(c)
        for d in succ[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                q.append(d)
    return "".join(out) if len(out) == len(letters) else ""
