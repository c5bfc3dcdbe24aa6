# expect: suboptimal
# grokpat: backspace-string-compare
def backspace_compare(s, t):
    def typed(text):
        out = []
        for ch in text:
            if ch == "#":
                # copy everything except the last character
                out = [out[k] for k in range(len(out) - 1)]
            else:
                out.append(ch)
        return out

    return typed(s) == typed(t)
