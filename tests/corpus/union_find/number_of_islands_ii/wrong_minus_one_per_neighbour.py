# expect: wrong_answer
# grokpat: number-of-islands-ii
def num_islands2(m, n, positions):
    land = set()
    out, count = [], 0
    for r, c in positions:
        if (r, c) not in land:
            land.add((r, c))
            count += 1
            for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if nb in land:
                    count -= 1  # two neighbours may belong to the same island
        out.append(count)
    return out
