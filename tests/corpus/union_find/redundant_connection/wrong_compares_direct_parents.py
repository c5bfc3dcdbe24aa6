# expect: wrong_answer
# grokpat: redundant-connection
# mistake: parent-not-root
def find_redundant_connection(edges):
    parent = list(range(len(edges) + 1))
    for a, b in edges:
        if parent[a] == parent[b]:  # a parent is not necessarily a root
            return [a, b]
        parent[b] = parent[a]
    return []
