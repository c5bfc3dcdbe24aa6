# expect: wrong_answer
# grokpat: n-queens
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        out = []

        def ok(qs, c):
            r = len(qs)
            return all(c != qc and abs(c - qc) != r - qr for qr, qc in enumerate(qs))

        def bt(qs):
            if len(qs) == n:
                out.append(["".join("Q" if j == c else "." for j in range(n)) for c in qs])
                return
            for c in range(n):
                if ok(qs, c):
                    bt(qs + [c])

        bt([])
        return [board[1:] + board[:1] for board in out]  # rows rotated: not the placement


def solve_n_queens(n):
    return Solution().solveNQueens(n)
