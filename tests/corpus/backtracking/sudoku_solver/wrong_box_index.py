# expect: wrong_answer
# grokpat: sudoku-solver
def solve_sudoku(board):
    rows = [set() for _ in range(9)]
    cols = [set() for _ in range(9)]
    boxes = [set() for _ in range(9)]
    todo = []
    for r in range(9):
        for c in range(9):
            d = board[r][c]
            if d == ".":
                todo.append((r, c))
            else:
                rows[r].add(d); cols[c].add(d); boxes[r // 3 + c // 3].add(d)  # should be r // 3 * 3 + c // 3

    def go(k):
        if k == len(todo):
            return True
        r, c = todo[k]
        b = r // 3 + c // 3
        for d in "123456789":
            if d not in rows[r] and d not in cols[c] and d not in boxes[b]:
                rows[r].add(d); cols[c].add(d); boxes[b].add(d)
                board[r][c] = d
                if go(k + 1):
                    return True
                rows[r].remove(d); cols[c].remove(d); boxes[b].remove(d)
                board[r][c] = "."
        return False

    go(0)
