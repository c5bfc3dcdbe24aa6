# expect: accepted
# grokpat: number-of-islands


class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        return True


class Solution:
    def count_islands(self, grid):
        R, C = len(grid), len(grid[0])
        dsu = DSU(R * C)
        count = 0
        for r in range(R):
            for c in range(C):
                if grid[r][c] == 1:
                    count += 1
                    if r and grid[r - 1][c] == 1 and dsu.union(r * C + c, (r - 1) * C + c):
                        count -= 1
                    if c and grid[r][c - 1] == 1 and dsu.union(r * C + c, r * C + c - 1):
                        count -= 1
        return count
