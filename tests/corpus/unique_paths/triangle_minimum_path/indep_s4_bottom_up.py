# expect: accepted
# grokpat: triangle-minimum-path
def minimum_total(triangle):
    below = list(triangle[-1])
    for i in range(len(triangle) - 2, -1, -1):
        row = triangle[i]
        below = [row[j] + min(below[j], below[j + 1]) for j in range(i + 1)]
    return below[0]
