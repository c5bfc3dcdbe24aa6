# expect: suboptimal
# grokpat: rearrange-string
def rearrange_string(s):
    left = list(s)
    out = []
    while left:
        counts = Counter(left)               # recounts everything that is left, every step
        choices = [ch for ch, _ in counts.most_common() if not out or ch != out[-1]]
        if not choices:
            return ""
        out.append(choices[0])
        left.remove(choices[0])
    return "".join(out)
