# expect: suboptimal
# grokpat: redundant-connection
class Solution:
    def findRedundantConnection(self, edges):
        parent = [i for i in range(len(edges) + 1)]

        def find(x):
            if parent[x] == x:
                return x
            return find(parent[x])  # walks the whole chain every time

        for u, v in edges:
            pu, pv = find(u), find(v)
            if pu == pv:
                return [u, v]
            parent[pv] = pu
        return []


def find_redundant_connection(edges):
    return Solution().findRedundantConnection(edges)
