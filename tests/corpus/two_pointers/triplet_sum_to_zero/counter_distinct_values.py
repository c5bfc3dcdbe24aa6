# expect: accepted
# grokpat: triplet-sum-to-zero
def triplets_sum_zero(nums):
    count = Counter(nums)
    vals = sorted(count)
    out = []
    for i, a in enumerate(vals):
        for b in vals[i:]:
            c = -a - b
            if c < b:
                break
            need = Counter((a, b, c))
            if c in count and all(count[v] >= k for v, k in need.items()):
                out.append((c, b, a))
    return out[::-1]
