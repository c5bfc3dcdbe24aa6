# expect: wrong_answer
# grokpat: n-queens
# mistake: anti-diagonal
def solve_n_queens(n):
    res, cols, diag = [], set(), set()
    q = []

    def place(r):
        if r == n:
            res.append(["." * c + "Q" + "." * (n - c - 1) for c in q])
            return
        for c in range(n):
            if c in cols or r - c in diag:  # the r + c anti-diagonal is never checked
                continue
            cols.add(c); diag.add(r - c); q.append(c)
            place(r + 1)
            cols.remove(c); diag.remove(r - c); q.pop()

    place(0)
    return res
