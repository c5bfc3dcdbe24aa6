# expect: wrong_answer
# grokpat: balanced-parentheses
# mistake: invalid-extension
def generate_parentheses(n):
    res = []

    def go(s, opens, closes):
        if len(s) == 2 * n:
            res.append(s)
            return
        if opens < n:
            go(s + "(", opens + 1, closes)
        if closes < n:
            go(s + ")", opens, closes + 1)

    go("", 0, 0)
    return res
