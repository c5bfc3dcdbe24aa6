# expect: wrong_answer
# grokpat: balanced-parentheses
def generate_parentheses(n):
    # grows each answer for n - 1 by wrapping it or putting "()" on either side:
    # misses strings like "(())(())" that are two nested blocks side by side
    level = {"()"}
    for _ in range(n - 1):
        level = {x for s in level for x in ("(" + s + ")", "()" + s, s + "()")}
    return sorted(level)
