# expect: wrong_answer
# grokpat: number-of-distinct-islands
# mistake: shape-key
class Solution:
    def numDistinctIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        shapes = set()

        def dfs(r, c, path, move):
            if 0 <= r < rows and 0 <= c < cols and grid[r][c] == 1:
                grid[r][c] = 0
                path.append(move)
                dfs(r + 1, c, path, "d")
                dfs(r - 1, c, path, "u")
                dfs(r, c + 1, path, "r")
                dfs(r, c - 1, path, "l")
                # no marker when the search backs out: different shapes can share a path

        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1:
                    path = []
                    dfs(r, c, path, "o")
                    shapes.add("".join(path))
        return len(shapes)


def count_distinct_islands(grid):
    return Solution().numDistinctIslands(grid)
