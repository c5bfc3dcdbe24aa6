# expect: accepted
# grokpat: subsets-with-duplicates
def subsets_with_dup(nums):
    counts = sorted(Counter(nums).items())
    out = []
    cur = []

    def go(i):
        if i == len(counts):
            out.append(cur[:])
            return
        v, c = counts[i]
        go(i + 1)
        for _ in range(c):
            cur.append(v)
            go(i + 1)
        del cur[len(cur) - c:]

    go(0)
    print("distinct subsets:", len(out))
    return out
