# expect: accepted
# grokpat: balanced-parentheses
def generate_parentheses(n):
    out = []
    buf = []

    def go(opened, closed):
        if closed == n:
            out.append("".join(buf))
            return
        if opened < n:
            buf.append("(")
            go(opened + 1, closed)
            buf.pop()
        if closed < opened:
            buf.append(")")
            go(opened, closed + 1)
            buf.pop()

    go(0, 0)
    return out
