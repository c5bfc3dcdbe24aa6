# expect: wrong_answer
# grokpat: sudoku-solver
def solve_sudoku(board):
    # fills every cell that has exactly one possible digit, until none is left:
    # enough for easy puzzles, but a cell with two options is never guessed
    changed = True
    while changed:
        changed = False
        for r in range(9):
            for c in range(9):
                if board[r][c] != ".":
                    continue
                seen = set(board[r]) | {board[i][c] for i in range(9)}
                br, bc = r // 3 * 3, c // 3 * 3
                seen |= {board[br + i][bc + j] for i in range(3) for j in range(3)}
                options = [d for d in "123456789" if d not in seen]
                if len(options) == 1:
                    board[r][c] = options[0]
                    changed = True
