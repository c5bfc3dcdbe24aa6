# expect: accepted
# grokpat: satisfiability-of-equality-equations


def equations_possible(equations: list[str]) -> bool:
    parent = {c: c for c in "abcdefghijklmnopqrstuvwxyz"}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for eq in equations:
        if eq[1] == "=":
            parent[find(eq[0])] = find(eq[3])
    for eq in equations:
        if eq[1] == "!" and find(eq[0]) == find(eq[3]):
            return False
    return True
