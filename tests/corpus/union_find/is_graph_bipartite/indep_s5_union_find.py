# expect: accepted
# grokpat: is-graph-bipartite


class Solution:
    def is_bipartite(self, graph: List[List[int]]) -> bool:
        # all neighbours of u must land in one set, which must not contain u
        n = len(graph)
        parent = list(range(n))

        def find(x):
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        for u, nbrs in enumerate(graph):
            if not nbrs:
                continue
            ru = find(u)
            first = find(nbrs[0])
            for v in nbrs:
                rv = find(v)
                if rv == ru:
                    return False
                if rv != first:
                    parent[rv] = first
        return True
