# expect: accepted
# grokpat: minimum-height-trees


class Solution:
    def find_min_height_trees(self, n, edges):
        adj = [[] for _ in range(n)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)

        def bfs(src):
            parent = [-1] * n
            parent[src] = src
            q = deque([src])
            last = src
            while q:
                last = q.popleft()
                for w in adj[last]:
                    if parent[w] == -1:
                        parent[w] = last
                        q.append(w)
            return last, parent

        far, _ = bfs(0)
        other, parent = bfs(far)
        path = [other]
        while path[-1] != far:
            path.append(parent[path[-1]])
        L = len(path)
        if L % 2:
            return [path[L // 2]]
        return [path[L // 2 - 1], path[L // 2]]
