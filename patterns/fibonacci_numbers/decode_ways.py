"""Decode Ways: reference (counts for the suffixes, memoised) and oracle."""

import random


def num_decodings(s: str) -> int:
    """ways(i): how many ways s[i:] decodes; ways(len(s)) = 1. A code never starts with
    '0'. Otherwise the first code is one digit (then s[i + 1:] is left) or two digits when
    they form 10..26 (then s[i + 2:]). Each of the n + 1 values is computed once and
    remembered (top-down memoisation): O(n) time. Keeping only the two counts after i,
    from the end backward, gives O(1) space."""
    n = len(s)
    memo: dict[int, int] = {n: 1}

    def ways(i: int) -> int:
        if i not in memo:
            if s[i] == "0":
                memo[i] = 0
            else:
                count = ways(i + 1)
                if i + 1 < n and 10 <= int(s[i : i + 2]) <= 26:
                    count += ways(i + 2)
                memo[i] = count
        return memo[i]

    return ways(0)


def brute_force(s: str) -> int:
    """Every way to cut s into pieces of one or two characters, counted when every piece
    is a code from "1" to "26"."""
    codes = {str(k) for k in range(1, 27)}

    def cuts(i: int) -> int:
        if i == len(s):
            return 1
        return sum(cuts(i + size) for size in (1, 2) if i + size <= len(s) and s[i : i + size] in codes)

    return cuts(0)


def inputs():
    """Digit strings with many 1s, 2s and 0s (the tricky digits), and arbitrary ones."""
    from hypothesis import strategies as st

    return st.one_of(
        st.text(alphabet="0123456789", min_size=1, max_size=16),
        st.text(alphabet="1206", min_size=1, max_size=16),
        st.text(alphabet="12", min_size=1, max_size=16),
        st.text(alphabet="2730", min_size=1, max_size=16),
    ).map(lambda s: {"s": s})


def probe(n: int, rng: random.Random) -> dict:
    """n digits that are all 1 or 2: every cut into one- and two-digit codes is valid, so
    a search without memory explores all (a Fibonacci number of) decodings."""
    return {"s": "".join(rng.choice("12") for _ in range(n))}
