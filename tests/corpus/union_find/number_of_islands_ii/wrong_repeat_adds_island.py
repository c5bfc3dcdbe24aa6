# expect: wrong_answer
# grokpat: number-of-islands-ii
def num_islands2(m, n, positions):
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out, count = [], 0
    for r, c in positions:
        parent[(r, c)] = (r, c)  # a cell that is already land is reset and counted again
        count += 1
        for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if nb in parent:
                a, b = find((r, c)), find(nb)
                if a != b:
                    parent[a] = b
                    count -= 1
        out.append(count)
    return out
