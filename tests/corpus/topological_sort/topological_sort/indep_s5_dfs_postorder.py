# expect: accepted
# grokpat: topological-sort


class Solution:
    def topological_sort(self, vertices: int, edges: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(vertices)]
        for p, c in edges:
            adj[p].append(c)
        seen = [False] * vertices
        post = []
        # iterative DFS to avoid recursion limits on long chains
        for s in range(vertices):
            if seen[s]:
                continue
            seen[s] = True
            stack = [(s, 0)]
            while stack:
                v, i = stack[-1]
                if i < len(adj[v]):
                    stack[-1] = (v, i + 1)
                    w = adj[v][i]
                    if not seen[w]:
                        seen[w] = True
                        stack.append((w, 0))
                else:
                    stack.pop()
                    post.append(v)
        post.reverse()
        return post
