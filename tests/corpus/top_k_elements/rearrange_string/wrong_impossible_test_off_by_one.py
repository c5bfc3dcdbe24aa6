# expect: wrong_answer
# grokpat: rearrange-string
# mistake: impossible-test-too-strict
class Solution:
    def rearrange_string(self, s: str) -> str:
        counts = Counter(s)
        if max(counts.values()) > len(s) // 2:   # should be (len(s) + 1) // 2
            return ""
        ordered = sorted(s, key=lambda ch: (-counts[ch], ch))
        out = [""] * len(s)
        out[::2] = ordered[: (len(s) + 1) // 2]
        out[1::2] = ordered[(len(s) + 1) // 2 :]
        return "".join(out)
