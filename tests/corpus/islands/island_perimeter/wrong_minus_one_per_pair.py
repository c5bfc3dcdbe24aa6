# expect: wrong_answer
# grokpat: island-perimeter
# mistake: shared-side
class Solution:
    def islandPerimeter(self, grid):
        cells = pairs = 0
        for i in range(len(grid)):
            for j in range(len(grid[0])):
                if grid[i][j]:
                    cells += 1
                    if i + 1 < len(grid) and grid[i + 1][j]:
                        pairs += 1
                    if j + 1 < len(grid[0]) and grid[i][j + 1]:
                        pairs += 1
        return 4 * cells - pairs  # each shared side hides two sides, not one


def island_perimeter(grid):
    return Solution().islandPerimeter(grid)
