"""N-Queens: reference (row by row with column and diagonal sets) and oracle (every
permutation of columns, filtered by the diagonals)."""

from functools import lru_cache
from itertools import permutations


def solve_n_queens(n: int) -> list[list[str]]:
    """One queen per row; a column is open when its column, diagonal (r - c) and
    anti-diagonal (r + c) are all unused. Choose, recurse on the next row, un-choose.
    Whole subtrees die at the first conflict, so far fewer than n! boards are tried."""
    results: list[list[str]] = []
    queens: list[int] = []
    cols: set[int] = set()
    diags: set[int] = set()
    antis: set[int] = set()

    def place(r: int) -> None:
        if r == n:
            results.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
            return
        for c in range(n):
            if c in cols or r - c in diags or r + c in antis:
                continue
            cols.add(c), diags.add(r - c), antis.add(r + c), queens.append(c)
            place(r + 1)
            cols.remove(c), diags.remove(r - c), antis.remove(r + c), queens.pop()

    place(0)
    return results


@lru_cache(maxsize=None)
def _placements(n: int) -> tuple:
    out = []
    for perm in permutations(range(n)):  # one queen per row and per column
        if all(abs(perm[i] - perm[j]) != j - i for i in range(n) for j in range(i + 1, n)):
            out.append(tuple("".join("Q" if c == perm[r] else "." for c in range(n)) for r in range(n)))
    return tuple(out)


def brute_force(n: int) -> list[list[str]]:
    """Rows and columns distinct means a permutation; keep those where no two queens share
    a diagonal (|column difference| == row difference). Cached per n."""
    return [list(board) for board in _placements(n)]
