# expect: accepted
# grokpat: number-of-islands


def count_islands(grid: list[list[int]]) -> int:
    R, C = len(grid), len(grid[0])
    count = 0
    for i in range(R):
        for j in range(C):
            if grid[i][j] != 1:
                continue
            count += 1
            grid[i][j] = 0
            stack = [(i, j)]
            while stack:
                r, c = stack.pop()
                if r > 0 and grid[r - 1][c] == 1:
                    grid[r - 1][c] = 0
                    stack.append((r - 1, c))
                if r + 1 < R and grid[r + 1][c] == 1:
                    grid[r + 1][c] = 0
                    stack.append((r + 1, c))
                if c > 0 and grid[r][c - 1] == 1:
                    grid[r][c - 1] = 0
                    stack.append((r, c - 1))
                if c + 1 < C and grid[r][c + 1] == 1:
                    grid[r][c + 1] = 0
                    stack.append((r, c + 1))
    return count
