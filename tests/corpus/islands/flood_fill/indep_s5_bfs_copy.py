# expect: accepted
# grokpat: flood-fill


def flood_fill(grid, row, col, new_color):
    out = [r[:] for r in grid]
    old = out[row][col]
    if old == new_color:
        return out
    R, C = len(out), len(out[0])
    out[row][col] = new_color
    q = deque([(row, col)])
    while q:
        r, c = q.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < R and 0 <= nc < C and out[nr][nc] == old:
                out[nr][nc] = new_color
                q.append((nr, nc))
    return out
