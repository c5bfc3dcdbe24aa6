# expect: accepted
# grokpat: redundant-connection


class Solution:
    def find_redundant_connection(self, edges: List[List[int]]) -> List[int]:
        # strip degree-1 vertices; what remains is exactly the cycle
        n = len(edges)
        adj = [[] for _ in range(n + 1)]
        deg = [0] * (n + 1)
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
            deg[a] += 1
            deg[b] += 1
        stack = [v for v in range(1, n + 1) if deg[v] == 1]
        removed = [False] * (n + 1)
        while stack:
            v = stack.pop()
            removed[v] = True
            for w in adj[v]:
                if not removed[w]:
                    deg[w] -= 1
                    if deg[w] == 1:
                        stack.append(w)
        for a, b in reversed(edges):
            if not removed[a] and not removed[b]:
                return [a, b]
