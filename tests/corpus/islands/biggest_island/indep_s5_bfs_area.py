# expect: accepted
# grokpat: biggest-island


def max_island_area(grid):
    R, C = len(grid), len(grid[0])
    seen = [[False] * C for _ in range(R)]
    best = 0
    for sr in range(R):
        for sc in range(C):
            if grid[sr][sc] and not seen[sr][sc]:
                seen[sr][sc] = True
                q = deque([(sr, sc)])
                size = 0
                while q:
                    r, c = q.popleft()
                    size += 1
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] and not seen[nr][nc]:
                            seen[nr][nc] = True
                            q.append((nr, nc))
                best = max(best, size)
    print("largest area:", best)
    return best
