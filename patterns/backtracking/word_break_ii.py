"""Word Break II: reference (memoised search over suffixes) and oracle (every choice of cut
positions)."""

import random
from functools import lru_cache


def word_break(s: str, word_dict: list[str]) -> list[str]:
    """sentences(i) lists every split of the suffix s[i:], computed once per i (a suffix
    that cannot be split is remembered as [] and never searched again). Trying each end j
    for each i costs O(n^2) lookups; every sentence built belongs to a split of a reachable
    suffix, so the rest is proportional to the output."""
    words = set(word_dict)
    n = len(s)

    @lru_cache(maxsize=None)
    def sentences(i: int) -> tuple[str, ...]:
        if i == n:
            return ("",)
        out = []
        for j in range(i + 1, n + 1):
            word = s[i:j]
            if word in words:
                out.extend(word + (" " + rest if rest else "") for rest in sentences(j))
        return tuple(out)

    return list(sentences(0))


def brute_force(s: str, word_dict: list[str]) -> list[str]:
    """Each of the 2^(n-1) sets of cut positions splits s into pieces; keep the splits whose
    pieces are all dictionary words."""
    words = set(word_dict)
    n = len(s)
    out = []
    for mask in range(1 << (n - 1)):
        pieces, start = [], 0
        for gap in range(1, n):
            if mask >> (gap - 1) & 1:
                pieces.append(s[start:gap])
                start = gap
        pieces.append(s[start:])
        if all(p in words for p in pieces):
            out.append(" ".join(pieces))
    return out


def inputs():
    """Dictionaries over a two- or three-letter alphabet (many overlapping words), and s often
    a concatenation of dictionary words, sometimes with one letter changed."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        alphabet = draw(st.sampled_from(["ab", "ab", "abc", "a"]))
        word = st.text(st.sampled_from(alphabet), min_size=1, max_size=4 if alphabet != "a" else 10)
        words = draw(st.lists(word, min_size=1, max_size=8, unique=True))
        if draw(st.integers(0, 3)) == 0:
            s = draw(st.text(st.sampled_from(alphabet), min_size=1, max_size=12))
        else:
            s = ""
            for w in draw(st.lists(st.sampled_from(words), min_size=1, max_size=6)):
                if len(s) + len(w) > 12:
                    break
                s += w
            s = s or words[0][:12]
            if draw(st.booleans()) and draw(st.booleans()):
                i = draw(st.integers(0, len(s) - 1))
                s = s[:i] + draw(st.sampled_from(alphabet + "z")) + s[i + 1 :]
        return {"s": s, "word_dict": words}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n - 1 'a's then a 'b', with the words a, aa, ..., aaaaaaaaaa and about n words of other
    letters: no split exists, yet every prefix of a's splits in exponentially many ways, so
    a search without memory explores them all. The extra words keep the dictionary as large
    as s, so walking the dictionary at each position costs as much as trying each end."""
    s = "a" * (n - 1) + "b"
    words = {"a" * k for k in range(1, 11)}
    while len(words) < n + 10:
        words.add("".join(rng.choice("cdefgh") for _ in range(rng.randint(1, 10))))
    return {"s": s, "word_dict": sorted(words)}
