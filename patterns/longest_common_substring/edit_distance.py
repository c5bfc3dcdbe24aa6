"""Edit Distance: reference (DP over pairs of prefixes, two rows) and oracle."""

import random
from itertools import combinations


def edit_distance(s1: str, s2: str) -> int:
    """dp[i][j] turns s1[:i] into s2[:j]. Equal last characters cost nothing more
    (dp[i-1][j-1]); otherwise the last operation was a delete (dp[i-1][j]), an insert
    (dp[i][j-1]) or a replace (dp[i-1][j-1]), plus one. Row 0 is 0..len(s2) insertions,
    column 0 is 0..len(s1) deletions. O(len(s1) * len(s2)) time, O(len(s2)) space.
    """
    prev = list(range(len(s2) + 1))
    for i in range(1, len(s1) + 1):
        cur = [i] + [0] * len(s2)
        c = s1[i - 1]
        for j in range(1, len(s2) + 1):
            if c == s2[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
        prev = cur
    return prev[-1]


def brute_force(s1: str, s2: str) -> int:
    """Every alignment: choose k characters of s1 and k of s2 to pair up in order.
    Paired unequal characters cost a replacement, every unpaired character of s1 a
    deletion and of s2 an insertion; take the cheapest alignment (alignments with fewer
    pairs than the best cost so far allows are skipped: they cannot be cheaper)."""
    best = len(s1) + len(s2)
    for k in range(min(len(s1), len(s2)), -1, -1):
        if len(s1) + len(s2) - 2 * k >= best:
            break  # fewer pairs leave even more characters unpaired
        for left in combinations(range(len(s1)), k):
            for right in combinations(range(len(s2)), k):
                replaced = sum(s1[i] != s2[j] for i, j in zip(left, right))
                best = min(best, replaced + (len(s1) - k) + (len(s2) - k))
    return best


def inputs():
    """Pairs where s2 is s1 after a few random edits, pairs over few letters, and pairs
    with an empty string."""
    from hypothesis import strategies as st

    @st.composite
    def edited(draw):
        s1 = draw(st.text(alphabet="abc", max_size=7))
        chars = list(s1)
        for _ in range(draw(st.integers(0, 3))):
            op = draw(st.sampled_from(["insert", "delete", "replace"]))
            if op == "insert" and len(chars) < 7:
                chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from("abcd")))
            elif op == "delete" and chars:
                del chars[draw(st.integers(0, len(chars) - 1))]
            elif op == "replace" and chars:
                chars[draw(st.integers(0, len(chars) - 1))] = draw(st.sampled_from("abcd"))
        pair = {"s1": s1, "s2": "".join(chars)}
        return pair if draw(st.booleans()) else {"s1": pair["s2"], "s2": pair["s1"]}

    return st.one_of(
        edited(),
        edited(),
        st.fixed_dictionaries({
            "s1": st.text(alphabet="ab", max_size=7),
            "s2": st.text(alphabet="ab", max_size=7),
        }),
        st.fixed_dictionaries({
            "s1": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=7),
            "s2": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=7),
        }),
    )


def _a_run_with_b(length: int, where: float) -> str:
    chars = ["a"] * length
    if length:
        chars[min(length - 1, int(where * length))] = "b"
    return "".join(chars)


def probe(n: int, rng: random.Random) -> dict:
    """Both strings grow together: runs of "a" with one "b" each, at different places.
    Plain recursion tries all three operations at every mismatch, and here the branches
    stay alive: it grows like n^3 or worse over the probe's sizes (while still
    finishing), against n * m for the table."""
    half = n // 2
    return {"s1": _a_run_with_b(half, 1 / 3), "s2": _a_run_with_b(n - half, 2 / 3)}
