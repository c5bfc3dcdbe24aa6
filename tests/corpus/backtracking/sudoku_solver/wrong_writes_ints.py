# expect: wrong_answer
# grokpat: sudoku-solver
# mistake: board-of-strings
class Solution:
    def solveSudoku(self, board: List[List[str]]) -> None:
        rows = [set() for _ in range(9)]
        cols = [set() for _ in range(9)]
        boxes = [set() for _ in range(9)]
        empty = []
        for r in range(9):
            for c in range(9):
                if board[r][c] == ".":
                    empty.append((r, c))
                else:
                    d = int(board[r][c])
                    rows[r].add(d); cols[c].add(d); boxes[r // 3 * 3 + c // 3].add(d)

        def bt(k):
            if k == len(empty):
                return True
            r, c = empty[k]
            b = r // 3 * 3 + c // 3
            for d in range(1, 10):
                if d in rows[r] or d in cols[c] or d in boxes[b]:
                    continue
                rows[r].add(d); cols[c].add(d); boxes[b].add(d)
                board[r][c] = d  # an int, where the board holds one-character strings
                if bt(k + 1):
                    return True
                rows[r].remove(d); cols[c].remove(d); boxes[b].remove(d)
            board[r][c] = "."
            return False

        bt(0)


def solve_sudoku(board):
    Solution().solveSudoku(board)
