# expect: accepted
# grokpat: find-if-path-exists-in-graph


class Solution:
    def valid_path(self, n: int, edges: List[List[int]], source: int, destination: int) -> bool:
        if source == destination:
            return True
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        seen = [False] * n
        seen[source] = True
        q = deque([source])
        while q:
            u = q.popleft()
            for v in adj[u]:
                if v == destination:
                    return True
                if not seen[v]:
                    seen[v] = True
                    q.append(v)
        return False
