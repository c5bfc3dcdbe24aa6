# expect: suboptimal
# grokpat: number-of-provinces
def find_circle_num(is_connected):
    n = len(is_connected)
    r = [row[:] for row in is_connected]
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if r[i][k] and r[k][j]:
                    r[i][j] = 1
    return len({tuple(row) for row in r})
