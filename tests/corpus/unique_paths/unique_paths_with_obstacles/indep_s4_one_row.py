# expect: accepted
# grokpat: unique-paths-with-obstacles
def unique_paths_with_obstacles(grid: List[List[int]]) -> int:
    cols = len(grid[0])
    ways = [0] * cols
    ways[0] = 1 if grid[0][0] == 0 else 0
    for row in grid:
        for j in range(cols):
            if row[j] == 1:
                ways[j] = 0
            elif j > 0:
                ways[j] += ways[j - 1]
    return ways[-1]
