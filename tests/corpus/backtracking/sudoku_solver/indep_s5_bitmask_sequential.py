# expect: accepted
# grokpat: sudoku-solver


class Solution:
    def solve_sudoku(self, board: List[List[str]]) -> None:
        row = [0] * 9
        col = [0] * 9
        box = [0] * 9
        cells = []
        for r in range(9):
            for c in range(9):
                ch = board[r][c]
                if ch == ".":
                    cells.append((r, c, r // 3 * 3 + c // 3))
                else:
                    bit = 1 << (int(ch) - 1)
                    row[r] |= bit
                    col[c] |= bit
                    box[r // 3 * 3 + c // 3] |= bit

        def fill(k):
            if k == len(cells):
                return True
            r, c, b = cells[k]
            free = ~(row[r] | col[c] | box[b]) & 0x1FF
            while free:
                bit = free & -free
                free ^= bit
                row[r] |= bit; col[c] |= bit; box[b] |= bit
                board[r][c] = str(bit.bit_length())
                if fill(k + 1):
                    return True
                row[r] ^= bit; col[c] ^= bit; box[b] ^= bit
            board[r][c] = "."
            return False

        fill(0)
