# expect: runtime_error
# grokpat: backspace-string-compare
def backspace_compare(s, t):
    def build(text):
        stack = []
        for ch in text:
            if ch == "#":
                stack.pop()
            else:
                stack.append(ch)
        return stack

    return build(s) == build(t)
