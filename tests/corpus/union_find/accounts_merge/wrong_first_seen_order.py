# expect: wrong_answer
# grokpat: accounts-merge
def accounts_merge(accounts):
    parent = list(range(len(accounts)))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    owner = {}
    for i, acc in enumerate(accounts):
        for e in acc[1:]:
            if e in owner:
                parent[find(i)] = find(owner[e])
            else:
                owner[e] = i
    merged = {}
    for e, i in owner.items():
        merged.setdefault(find(i), []).append(e)
    return [[accounts[r][0]] + es for r, es in merged.items()]  # emails left in the order first seen
