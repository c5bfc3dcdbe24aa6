# expect: runtime_error
# grokpat: biggest-island
class Solution:
    def maxAreaOfIsland(self, grid):
        areas = []

        def dfs(r, c):
            if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == 1:
                grid[r][c] = 0
                return 1 + dfs(r + 1, c) + dfs(r - 1, c) + dfs(r, c + 1) + dfs(r, c - 1)
            return 0

        for r in range(len(grid)):
            for c in range(len(grid[0])):
                if grid[r][c] == 1:
                    areas.append(dfs(r, c))
        return max(areas)  # no land: max() of an empty list


def max_island_area(grid):
    return Solution().maxAreaOfIsland(grid)
