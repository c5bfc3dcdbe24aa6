# expect: wrong_answer
# grokpat: unique-paths-with-obstacles
# mistake: blocked-start
class Solution:
    def uniquePathsWithObstacles(self, obstacleGrid: List[List[int]]) -> int:
        n = len(obstacleGrid[0])
        row = [0] * n
        row[0] = 1
        for r, line in enumerate(obstacleGrid):
            for c in range(n):
                if line[c] == 1 and (r, c) != (0, 0):  # treats a blocked start as free
                    row[c] = 0
                elif c > 0:
                    row[c] += row[c - 1]
        return row[-1]


def unique_paths_with_obstacles(grid):
    return Solution().uniquePathsWithObstacles(grid)
