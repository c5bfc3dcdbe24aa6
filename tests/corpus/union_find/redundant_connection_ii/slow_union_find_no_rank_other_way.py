# expect: suboptimal
# grokpat: redundant-connection-ii
class Solution:
    def findRedundantDirectedConnection(self, edges):
        n = len(edges)
        parent = [0] * (n + 1)
        a = b = None
        for u, v in edges:
            if parent[v]:
                a, b = [parent[v], v], [u, v]
            parent[v] = u
        uf = list(range(n + 1))

        def find(x):
            return x if uf[x] == x else find(uf[x])

        for u, v in edges:
            if [u, v] == b:
                continue
            ru, rv = find(u), find(v)
            if ru == rv:
                return a if a else [u, v]
            uf[rv] = ru
        return b


def find_redundant_directed_connection(edges):
    return Solution().findRedundantDirectedConnection(edges)
