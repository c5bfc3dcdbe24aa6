"""Interleaving String: reference (DP over how much of each string is used) and oracle."""

import random
from itertools import combinations


def is_interleave(s1: str, s2: str, s3: str) -> bool:
    """ok[j] (for the current i) says whether s3[:i + j] interleaves s1[:i] and s2[:j]:
    its last character came from s1 (ok[i-1][j] and s1[i-1] == s3[i+j-1]) or from s2
    (ok[i][j-1] and s2[j-1] == s3[i+j-1]). O(len(s1) * len(s2)) time, O(len(s2)) space.
    """
    m, n = len(s1), len(s2)
    if m + n != len(s3):
        return False
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]
    for i in range(1, m + 1):
        ok[0] = ok[0] and s1[i - 1] == s3[i - 1]
        c = s1[i - 1]
        for j in range(1, n + 1):
            k = i + j - 1
            ok[j] = (ok[j] and c == s3[k]) or (ok[j - 1] and s2[j - 1] == s3[k])
    return ok[n]


def brute_force(s1: str, s2: str, s3: str) -> bool:
    """Try every choice of which positions of s3 spell s1; the rest must spell s2."""
    if len(s1) + len(s2) != len(s3):
        return False
    for picked in combinations(range(len(s3)), len(s1)):
        chosen = set(picked)
        if "".join(s3[k] for k in picked) == s1 and "".join(
            s3[k] for k in range(len(s3)) if k not in chosen
        ) == s2:
            return True
    return False


def inputs():
    """A random interleaving of two strings over few letters (a yes), the same with two
    neighbouring letters swapped or one letter changed (often a no), a wrong length now
    and then, and empty strings."""
    from hypothesis import strategies as st

    @st.composite
    def interleaved(draw):
        s1 = draw(st.text(alphabet=draw(st.sampled_from(["ab", "abc", "a"])), max_size=6))
        s2 = draw(st.text(alphabet=draw(st.sampled_from(["ab", "abc", "b"])), max_size=6))
        order = draw(st.permutations([1] * len(s1) + [2] * len(s2)))
        i = j = 0
        out = []
        for side in order:
            if side == 1:
                out.append(s1[i])
                i += 1
            else:
                out.append(s2[j])
                j += 1
        change = draw(st.sampled_from(["none", "none", "swap", "letter", "length"]))
        if change == "swap" and len(out) >= 2:
            k = draw(st.integers(0, len(out) - 2))
            out[k], out[k + 1] = out[k + 1], out[k]
        elif change == "letter" and out:
            out[draw(st.integers(0, len(out) - 1))] = draw(st.sampled_from("abc"))
        elif change == "length":
            if out and draw(st.booleans()):
                del out[draw(st.integers(0, len(out) - 1))]
            else:
                out.insert(draw(st.integers(0, len(out))), draw(st.sampled_from("ab")))
        return {"s1": s1, "s2": s2, "s3": "".join(out)}

    random_triple = st.fixed_dictionaries({
        "s1": st.text(alphabet="ab", max_size=4),
        "s2": st.text(alphabet="ab", max_size=4),
        "s3": st.text(alphabet="ab", max_size=8),
    })
    return st.one_of(interleaved(), interleaved(), interleaved(), random_triple)


def probe(n: int, rng: random.Random) -> dict:
    """s1 = a..a, s2 = "aa" then b..b then "c"; s3 has the same letters, but ends "cb"
    where any interleaving must end "bc" (a no). Plain recursion tries every way to split
    the leading a's between s1 and s2 (about n^2 ways) and walks the rest of s3 for each
    before failing at the end: about n^3, against n * m for the table."""
    m = n // 2
    rest = n - m - 3
    s1 = "a" * m
    s2 = "aa" + "b" * (rest + 1) + "c"
    s3 = "a" * (m + 2) + "b" * rest + "c" + "b"
    return {"s1": s1, "s2": s2, "s3": s3}
