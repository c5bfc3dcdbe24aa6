# expect: accepted
# grokpat: n-queens


def solve_n_queens(n: int) -> list[list[str]]:
    cols, diag, anti = set(), set(), set()
    queens = []
    boards = []

    def place(r):
        if r == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
            return
        for c in range(n):
            if c in cols or (r - c) in diag or (r + c) in anti:
                continue
            cols.add(c); diag.add(r - c); anti.add(r + c); queens.append(c)
            place(r + 1)
            cols.remove(c); diag.remove(r - c); anti.remove(r + c); queens.pop()

    place(0)
    return boards
