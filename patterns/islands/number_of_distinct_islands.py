"""Number of Distinct Islands: reference (shape signature from the first cell), oracle, generator, probe."""

import random
from itertools import permutations
from math import isqrt

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def count_distinct_islands(grid: list[list[int]]) -> int:
    """Flood each island from its first cell in reading order, recording the cells'
    positions relative to it in the order visited. The traversal depends only on the shape,
    so shifted copies give equal tuples and different shapes different ones; a set of the
    tuples counts the shapes. Every cell is visited once: O(m * n)."""
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    shapes = set()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and not seen[r][c]:
                seen[r][c] = True
                stack, shape = [(r, c)], []
                while stack:
                    x, y = stack.pop()
                    shape.append((x - r, y - c))
                    for dx, dy in STEPS:
                        nx, ny = x + dx, y + dy
                        if 0 <= nx < rows and 0 <= ny < cols and grid[nx][ny] == 1 and not seen[nx][ny]:
                            seen[nx][ny] = True
                            stack.append((nx, ny))
                shapes.add(tuple(shape))
    return len(shapes)


def brute_force(grid: list[list[int]]) -> int:
    """Collect every island as a set of cells (grown by sweeps), shift it so that its
    smallest row and column are 0, and count the different sets."""
    land = {(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 1}
    shapes, known = set(), set()
    for start in sorted(land):
        if start in known:
            continue
        island = {start}
        grew = True
        while grew:
            grew = False
            for r, c in land - island:
                if any((r + dr, c + dc) in island for dr, dc in STEPS):
                    island.add((r, c))
                    grew = True
        known |= island
        top, left = min(r for r, _ in island), min(c for _, c in island)
        shapes.add(frozenset((r - top, c - left) for r, c in island))
    return len(shapes)


def _random_shape(draw_cell, cells: int, box: int) -> set[tuple[int, int]]:
    """A connected set of `cells` cells grown inside a box x box square."""
    shape = {draw_cell(sorted((r, c) for r in range(box) for c in range(box)))}
    while len(shape) < cells:
        frontier = sorted(
            {(r + dr, c + dc) for r, c in shape for dr, dc in STEPS if 0 <= r + dr < box and 0 <= c + dc < box} - shape
        )
        shape.add(draw_cell(frontier))
    return shape


def _normal(cells) -> tuple[tuple[int, int], ...]:
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    return tuple(sorted((r - top, c - left) for r, c in cells))


def _connected(cells) -> bool:
    cells = set(cells)
    start = min(cells)
    seen, stack = {start}, [start]
    while stack:
        r, c = stack.pop()
        for dr, dc in STEPS:
            if (r + dr, c + dc) in cells and (r + dr, c + dc) not in seen:
                seen.add((r + dr, c + dc))
                stack.append((r + dr, c + dc))
    return len(seen) == len(cells)


def _shapes_in_3x3() -> list[tuple[tuple[int, int], ...]]:
    """Every connected shape that fits in a 3 x 3 square, shifted to its top-left corner."""
    box = [(r, c) for r in range(3) for c in range(3)]
    found = set()
    for mask in range(1, 1 << 9):
        cells = [box[i] for i in range(9) if mask >> i & 1]
        if _connected(cells):
            found.add(_normal(cells))
    return sorted(found)


SHAPES = _shapes_in_3x3()


def _path_without_backtracking(shape, order: str) -> str:
    """The moves of a recursive DFS from the first cell, in the given direction order, with
    no mark for stepping back: a signature that different shapes can share."""
    moves = {"d": (1, 0), "u": (-1, 0), "r": (0, 1), "l": (0, -1)}
    cells, seen, path = set(shape), set(), []
    stack = [(min(shape), "o")]
    while stack:  # the recursive DFS, unrolled: children pushed in reverse direction order
        cell, move = stack.pop()
        if cell in cells and cell not in seen:
            seen.add(cell)
            path.append(move)
            for m in reversed(order):
                stack.append(((cell[0] + moves[m][0], cell[1] + moves[m][1]), m))
    return "".join(path)


def _confusable_pairs() -> list[tuple[tuple, tuple]]:
    """Pairs of different 3 x 3 shapes that share a path signature without backtracking
    marks, for some order of the four directions: inputs that catch that classic mistake."""
    pairs = set()
    for order in permutations("durl"):
        groups: dict[str, list] = {}
        for shape in SHAPES:
            groups.setdefault(_path_without_backtracking(shape, "".join(order)), []).append(shape)
        for group in groups.values():
            pairs.update((a, b) for i, a in enumerate(group) for b in group[i + 1 :])
    return sorted(pairs)


CONFUSABLE = _confusable_pairs()


def inputs():
    """Grids of up to 7 x 7: random land, or up to four 3 x 3 slots holding shapes that are
    easily confused (two shapes with the same direction path, or a shape and its mirror
    image or transpose), often repeated."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            rows, cols = draw(st.integers(1, 7)), draw(st.integers(1, 7))
            bag = draw(st.sampled_from([(0, 1), (0, 0, 1), (0, 1, 1), (1,), (0,)]))
            return {"grid": [[draw(st.sampled_from(bag)) for _ in range(cols)] for _ in range(rows)]}
        if kind == 1:
            shape = draw(st.sampled_from(SHAPES))
            variants = [shape, _normal([(c, r) for r, c in shape]), _normal([(r, -c) for r, c in shape])]
        else:
            variants = list(draw(st.sampled_from(CONFUSABLE)))
        slots_r, slots_c = draw(st.sampled_from([(1, 2), (2, 1), (2, 2), (1, 1)]))
        grid = [[0] * (4 * slots_c - 1) for _ in range(4 * slots_r - 1)]
        for i, (sr, sc) in enumerate((sr, sc) for sr in range(slots_r) for sc in range(slots_c)):
            if i < 2:
                shape = variants[i]  # the two look-alikes side by side
            elif draw(st.booleans()):
                shape = draw(st.sampled_from(variants))
            else:
                continue  # an empty slot
            for r, c in shape:
                grid[4 * sr + r][4 * sc + c] = 1
        return {"grid": grid}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About n cells in three bands: small islands of random shapes (one in each 4 x 4
    slot, over a hundred different shapes), then single-cell islands on every other cell
    of every other row (the most islands a grid can hold, so that work repeated per
    island shows), then one solid block (a large island)."""
    side = min(50, max(12, isqrt(n)))  # the grid is at most 50 x 50
    cols = min(48, max(4, n // side) // 4 * 4)
    top = (2 * side // 5) // 4 * 4 or 4
    dots = (7 * side // 20) // 2 * 2 or 2
    grid = [[0] * cols for _ in range(top)]
    for sr in range(0, top, 4):
        for sc in range(0, cols, 4):
            for r, c in rng.choice(SHAPES):
                grid[sr + r][sc + c] = 1
    for r in range(dots):  # the shapes' slots end with an empty row, and so does this band
        grid.append([int(r % 2 == 0 and c % 2 == 0) for c in range(cols)])
    grid += [[1] * cols for _ in range(max(1, side - top - dots))]
    return {"grid": grid}
