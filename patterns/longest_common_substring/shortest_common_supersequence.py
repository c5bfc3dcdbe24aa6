"""Shortest Common Supersequence: reference (longest common subsequence table, then a
walk back through it), oracle and checker."""

import random


def shortest_common_supersequence(s1: str, s2: str) -> str:
    """lcs[i][j] is the longest common subsequence of s1[:i] and s2[:j]. Walking back
    from (len(s1), len(s2)), a shared character is written once; otherwise the character
    of the side whose removal keeps the larger lcs value is written (it cannot be shared
    on an optimal path). Each step writes one character, and len(s1) + len(s2) - LCS
    are written in all, which is the shortest possible. O(n * m) time and space.
    """
    m, n = len(s1), len(s2)
    lcs = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        row, above, c = lcs[i], lcs[i - 1], s1[i - 1]
        for j in range(1, n + 1):
            if c == s2[j - 1]:
                row[j] = above[j - 1] + 1
            else:
                row[j] = above[j] if above[j] >= row[j - 1] else row[j - 1]
    out: list[str] = []
    i, j = m, n
    while i > 0 and j > 0:
        if s1[i - 1] == s2[j - 1]:
            out.append(s1[i - 1])
            i, j = i - 1, j - 1
        elif lcs[i - 1][j] >= lcs[i][j - 1]:
            out.append(s1[i - 1])
            i -= 1
        else:
            out.append(s2[j - 1])
            j -= 1
    out.extend(reversed(s1[:i]))
    out.extend(reversed(s2[:j]))
    return "".join(reversed(out))


def brute_force(s1: str, s2: str) -> str:
    """Every way to merge the two strings, sharing equal front characters or not; the
    shortest merge wins. Exponential, fine for short strings."""

    def merge(a: str, b: str) -> str:
        if not a or not b:
            return a + b
        options = [a[0] + merge(a[1:], b), b[0] + merge(a, b[1:])]
        if a[0] == b[0]:
            options.append(a[0] + merge(a[1:], b[1:]))
        return min(options, key=len)

    return merge(s1, s2)


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def _lcs_length(s1: str, s2: str) -> int:
    prev = [0] * (len(s2) + 1)
    for c in s1:
        cur = [0]
        for j, d in enumerate(s2, 1):
            cur.append(prev[j - 1] + 1 if c == d else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def check(inputs: dict, answer, expected):
    """Any string of the shortest length, len(s1) + len(s2) - LCS, that has both s1 and
    s2 as subsequences."""
    s1, s2 = inputs["s1"], inputs["s2"]
    if not isinstance(answer, str):
        return f"expected a string, got {type(answer).__name__} {answer!r}"
    shortest = len(s1) + len(s2) - _lcs_length(s1, s2)
    if not _is_subsequence(s1, answer):
        return f"{s1!r} is not a subsequence of {answer!r}"
    if not _is_subsequence(s2, answer):
        return f"{s2!r} is not a subsequence of {answer!r}"
    if len(answer) != shortest:
        return f"{answer!r} has length {len(answer)}, but a common supersequence of length {shortest} exists"
    return True


def inputs():
    """Pairs where one string is the other after a few edits (much to share), pairs over
    few letters, and pairs of any lowercase letters."""
    from hypothesis import strategies as st

    @st.composite
    def edited(draw):
        s1 = draw(st.text(alphabet="abc", min_size=1, max_size=6))
        chars = list(s1)
        for _ in range(draw(st.integers(0, 3))):
            if draw(st.booleans()) and len(chars) < 6:
                chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from("abcd")))
            elif len(chars) > 1:
                del chars[draw(st.integers(0, len(chars) - 1))]
        return {"s1": s1, "s2": "".join(chars)}

    return st.one_of(
        edited(),
        st.fixed_dictionaries({
            "s1": st.text(alphabet="ab", min_size=1, max_size=5),
            "s2": st.text(alphabet="ab", min_size=1, max_size=5),
        }),
        st.fixed_dictionaries({
            "s1": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
            "s2": st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
        }),
    )


def _a_run_with_two_b(length: int, first: float, second: float) -> str:
    chars = ["a"] * length
    for where in (first, second):
        chars[min(length - 1, int(where * length))] = "b"
    return "".join(chars)


def probe(n: int, rng: random.Random) -> dict:
    """Both strings grow together: runs of "a", each with two "b"s at different places.
    Plain recursion branches at every mismatch, and here the branches stay alive: it
    grows like n^4 or worse over the probe's sizes (while still finishing), against
    n * m for the table."""
    half = n // 2
    return {"s1": _a_run_with_two_b(half, 1 / 3, 2 / 3), "s2": _a_run_with_two_b(n - half, 1 / 6, 1 / 2)}
