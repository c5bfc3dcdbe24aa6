# expect: accepted
# grokpat: n-queens


class Solution:
    def solve_n_queens(self, n):
        full = (1 << n) - 1
        res = []
        pos = []

        def go(cols, d1, d2):
            if cols == full:
                res.append(["".join("Q" if j == c else "." for j in range(n)) for c in pos])
                return
            free = full & ~(cols | d1 | d2)
            while free:
                bit = free & -free
                free ^= bit
                pos.append(bit.bit_length() - 1)
                go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
                pos.pop()

        go(0, 0, 0)
        return res
