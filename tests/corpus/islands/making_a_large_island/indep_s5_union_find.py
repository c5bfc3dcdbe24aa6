# expect: accepted
# grokpat: making-a-large-island


class Solution:
    def largest_island(self, grid: List[List[int]]) -> int:
        n = len(grid)
        N = n * n
        parent = list(range(N))
        size = [1] * N

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a, b):
            a, b = find(a), find(b)
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]

        for r in range(n):
            for c in range(n):
                if grid[r][c]:
                    if r and grid[r - 1][c]:
                        union(r * n + c, (r - 1) * n + c)
                    if c and grid[r][c - 1]:
                        union(r * n + c, r * n + c - 1)
        best = 0
        has_zero = False
        for r in range(n):
            for c in range(n):
                if grid[r][c]:
                    continue
                has_zero = True
                roots = set()
                if r > 0 and grid[r - 1][c]:
                    roots.add(find((r - 1) * n + c))
                if r + 1 < n and grid[r + 1][c]:
                    roots.add(find((r + 1) * n + c))
                if c > 0 and grid[r][c - 1]:
                    roots.add(find(r * n + c - 1))
                if c + 1 < n and grid[r][c + 1]:
                    roots.add(find(r * n + c + 1))
                best = max(best, 1 + sum(size[x] for x in roots))
        if not has_zero:
            return N
        return best
