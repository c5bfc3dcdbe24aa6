# expect: wrong_answer
# grokpat: different-ways-to-add-parentheses
def diff_ways_to_compute(expression):
    if expression.isdigit():
        return [int(expression)]
    res = set()
    for i, c in enumerate(expression):
        if c in "+-*":
            for a in diff_ways_to_compute(expression[:i]):
                for b in diff_ways_to_compute(expression[i + 1:]):
                    res.add(a + b if c == "+" else a - b if c == "-" else a * b)
    return list(res)  # a value reached in two ways must be listed twice
