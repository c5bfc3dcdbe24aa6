# expect: suboptimal
# grokpat: minimum-height-trees
from collections import deque


class Solution:
    def findMinHeightTrees(self, n: int, edges: List[List[int]]) -> List[int]:
        g = [[] for _ in range(n)]
        for a, b in edges:
            g[a].append(b)
            g[b].append(a)
        best, roots = n, []
        for r in range(n):
            dist = [-1] * n
            dist[r] = 0
            q = deque([r])
            h = 0
            while q:
                v = q.popleft()
                h = dist[v]
                for w in g[v]:
                    if dist[w] < 0:
                        dist[w] = dist[v] + 1
                        q.append(w)
            if h < best:
                best, roots = h, [r]
            elif h == best:
                roots.append(r)
        return roots


def find_min_height_trees(n, edges):
    return Solution().findMinHeightTrees(n, edges)
