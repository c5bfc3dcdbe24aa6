# expect: accepted
# grokpat: word-break-ii
from functools import lru_cache


def word_break(s: str, word_dict: list[str]) -> list[str]:
    words = set(word_dict)
    longest = max(map(len, words))
    n = len(s)

    @lru_cache(maxsize=None)
    def split(i):
        # every sentence for s[i:], as a tuple
        if i == n:
            return ("",)
        out = []
        for j in range(i + 1, min(n, i + longest) + 1):
            w = s[i:j]
            if w in words:
                for rest in split(j):
                    out.append(w + " " + rest if rest else w)
        return tuple(out)

    return list(split(0))
