# expect: accepted
# grokpat: generalized-abbreviations
def generate_abbreviations(word):
    n = len(word)
    out = []
    parts = []

    def go(i, run):
        if i == n:
            out.append("".join(parts) + (str(run) if run else ""))
            return
        # abbreviate word[i]
        go(i + 1, run + 1)
        # keep word[i]
        added = (str(run) if run else "") + word[i]
        parts.append(added)
        go(i + 1, 0)
        parts.pop()

    go(0, 0)
    return out
