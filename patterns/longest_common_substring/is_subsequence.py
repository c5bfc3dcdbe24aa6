"""Is Subsequence: reference (one greedy pass over t) and oracle."""

import random
from itertools import combinations


def is_subsequence(s: str, t: str) -> bool:
    """Match each character of s at its earliest possible place in t: an earlier match
    always leaves at least as much of t for the rest of s. One pass over t, O(len(s) +
    len(t)) time, O(1) space.
    """
    i = 0
    for ch in t:
        if i == len(s):
            break
        if ch == s[i]:
            i += 1
    return i == len(s)


def brute_force(s: str, t: str) -> bool:
    """Try every way to keep len(s) characters of t, in order."""
    return any("".join(kept) == s for kept in combinations(t, len(s)))


def inputs():
    """s planted in t (a yes), the same with one letter changed or two letters swapped
    (often a no), empty strings, and random pairs over few letters."""
    from hypothesis import strategies as st

    @st.composite
    def planted(draw):
        t = draw(st.text(alphabet="abc", max_size=14))
        keep = sorted(draw(st.sets(st.integers(0, max(0, len(t) - 1)), max_size=min(8, len(t)))) if t else [])
        s = [t[i] for i in keep if i < len(t)]
        change = draw(st.sampled_from(["none", "none", "letter", "swap", "extra"]))
        if change == "letter" and s:
            s[draw(st.integers(0, len(s) - 1))] = draw(st.sampled_from("abcd"))
        elif change == "swap" and len(s) >= 2:
            i = draw(st.integers(0, len(s) - 2))
            s[i], s[i + 1] = s[i + 1], s[i]
        elif change == "extra" and len(s) < 8:
            s.insert(draw(st.integers(0, len(s))), draw(st.sampled_from("abc")))
        return {"s": "".join(s), "t": t}

    return st.one_of(
        planted(),
        planted(),
        st.fixed_dictionaries({
            "s": st.text(alphabet="ab", max_size=5),
            "t": st.text(alphabet="ab", max_size=14),
        }),
        st.fixed_dictionaries({
            "s": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=8),
            "t": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=14),
        }),
    )


def probe(n: int, rng: random.Random) -> dict:
    """Both strings grow together (s a quarter of n): s is a subsequence of t whose last
    letter only appears at the very end of t, so all of t must be read, and a table over
    all pairs of prefixes is O(len(s) * len(t))."""
    ls = n // 4
    lt = n - ls
    t = "".join(rng.choice("ab") for _ in range(lt - 1)) + "c"
    picked = sorted(rng.sample(range(lt - 1), max(0, ls - 1)))
    return {"s": "".join(t[i] for i in picked) + "c", "t": t}
