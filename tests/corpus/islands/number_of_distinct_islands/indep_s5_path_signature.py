# expect: accepted
# grokpat: number-of-distinct-islands
import sys

sys.setrecursionlimit(10000)


def count_distinct_islands(grid: list[list[int]]) -> int:
    R, C = len(grid), len(grid[0])
    sigs = set()

    def walk(r, c, move, path):
        if 0 <= r < R and 0 <= c < C and grid[r][c] == 1:
            grid[r][c] = 0
            path.append(move)
            walk(r + 1, c, "D", path)
            walk(r - 1, c, "U", path)
            walk(r, c + 1, "R", path)
            walk(r, c - 1, "L", path)
            path.append("b")  # backtrack marker keeps signatures unambiguous

    for r in range(R):
        for c in range(C):
            if grid[r][c] == 1:
                path = []
                walk(r, c, "S", path)
                sigs.add("".join(path))
    return len(sigs)
