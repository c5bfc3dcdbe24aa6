# expect: accepted
# grokpat: sudoku-solver


def solve_sudoku(board: list[list[str]]) -> None:
    rows = [set() for _ in range(9)]
    cols = [set() for _ in range(9)]
    boxes = [set() for _ in range(9)]
    empties = []
    for r in range(9):
        for c in range(9):
            v = board[r][c]
            if v == ".":
                empties.append((r, c))
            else:
                rows[r].add(v)
                cols[c].add(v)
                boxes[r // 3 * 3 + c // 3].add(v)
    digits = set("123456789")

    def solve():
        if not empties:
            return True
        # pick the most constrained empty cell
        best_i, best_opts = -1, None
        for i, (r, c) in enumerate(empties):
            opts = digits - rows[r] - cols[c] - boxes[r // 3 * 3 + c // 3]
            if best_opts is None or len(opts) < len(best_opts):
                best_i, best_opts = i, opts
                if len(opts) <= 1:
                    break
        if not best_opts:
            return False
        r, c = empties[best_i]
        empties[best_i] = empties[-1]
        empties.pop()
        b = r // 3 * 3 + c // 3
        for d in best_opts:
            board[r][c] = d
            rows[r].add(d); cols[c].add(d); boxes[b].add(d)
            if solve():
                return True
            rows[r].discard(d); cols[c].discard(d); boxes[b].discard(d)
        board[r][c] = "."
        empties.append((r, c))
        empties[best_i], empties[-1] = empties[-1], empties[best_i]
        return False

    solve()
