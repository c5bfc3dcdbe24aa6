# expect: wrong_answer
# grokpat: triangle-minimum-path
# mistake: greedy-step
def minimum_total(triangle):
    j, total = 0, triangle[0][0]
    for row in triangle[1:]:
        if row[j + 1] < row[j]:  # greedy: the smaller next number is not the smaller path
            j += 1
        total += row[j]
    return total
