# expect: suboptimal
# grokpat: is-graph-bipartite
class Solution:
    def isBipartite(self, graph):
        parent = list(range(len(graph)))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for u in range(len(graph)):
            for v in graph[u]:
                if find(u) == find(v):
                    return False
                a, b = find(graph[u][0]), find(v)
                if a != b:
                    parent[a] = b
        return True


def is_bipartite(graph):
    return Solution().isBipartite(graph)
