# expect: suboptimal
# grokpat: k-closest-points-to-origin
def k_closest(points, k):
    left = list(points)
    out = []
    for _ in range(k):
        best = 0
        for i in range(1, len(left)):    # a full scan for every point taken
            x, y = left[i]
            bx, by = left[best]
            if x * x + y * y < bx * bx + by * by:
                best = i
        out.append(left.pop(best))
    return out
