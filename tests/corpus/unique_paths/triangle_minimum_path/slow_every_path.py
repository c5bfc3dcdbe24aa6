# expect: suboptimal
# grokpat: triangle-minimum-path
def minimum_total(triangle):
    def down(i, j):
        if i == len(triangle) - 1:
            return triangle[i][j]
        return triangle[i][j] + min(down(i + 1, j), down(i + 1, j + 1))

    return down(0, 0)
