# expect: compile_error
# grokpat: backspace-string-compare
def backspaceCompare(s: str, t: str) -> bool:
    def build(text):
        out = []
        for ch in text:
            if ch != "#":
                out.append(ch)
            elif out:
                out.pop()
        return "".join(out)

    return build(s) == build(t)
