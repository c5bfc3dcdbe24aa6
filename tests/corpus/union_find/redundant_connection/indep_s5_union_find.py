# expect: accepted
# grokpat: redundant-connection


class UnionFind:
    def __init__(self, n):
        self.p = list(range(n + 1))
        self.sz = [1] * (n + 1)

    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.sz[ra] < self.sz[rb]:
            ra, rb = rb, ra
        self.p[rb] = ra
        self.sz[ra] += self.sz[rb]
        return True


def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    # the first edge that closes a cycle is the cycle edge that comes last in the list
    uf = UnionFind(len(edges))
    for a, b in edges:
        if not uf.union(a, b):
            return [a, b]
    return []
