"""Permutation in a String: reference (fixed sliding window with a count of matched
letters) and oracle."""

import random
from collections import Counter


def check_inclusion(pattern: str, s: str) -> bool:
    """Slide a window of len(pattern) characters over s, keeping how many more of each
    pattern letter the window still needs, and how many letters are fully matched.
    Each step updates one entering and one leaving character in O(1):
    O(len(pattern) + len(s)) time, O(1) space (at most 26 letters).
    """
    m = len(pattern)
    need = Counter(pattern)   # letter -> how many more the window needs (may go below 0)
    matched = 0               # letters whose need is exactly 0
    for right, ch in enumerate(s):
        if ch in need:                      # s[right] enters
            need[ch] -= 1
            if need[ch] == 0:
                matched += 1
        if right >= m:                      # the window holds m + 1 characters:
            out = s[right - m]              # s[right - m] leaves
            if out in need:
                if need[out] == 0:
                    matched -= 1
                need[out] += 1
        if matched == len(need):            # s[right - m + 1 .. right] is a permutation
            return True
    return False


def brute_force(pattern: str, s: str) -> bool:
    """Compare the sorted letters of every substring of length len(pattern)."""
    target = sorted(pattern)
    return any(sorted(s[i : i + len(pattern)]) == target for i in range(len(s) - len(pattern) + 1))


def inputs():
    """Random pairs, and pairs where a shuffled pattern (sometimes with one letter
    changed) is planted in s."""
    from hypothesis import strategies as st

    letters = "abc"

    @st.composite
    def planted(draw):
        pattern = draw(st.text(alphabet=letters, min_size=1, max_size=8))
        shuffled = "".join(draw(st.permutations(list(pattern))))
        if draw(st.booleans()):                       # a near miss: one letter differs
            i = draw(st.integers(0, len(shuffled) - 1))
            shuffled = shuffled[:i] + draw(st.sampled_from("abcd")) + shuffled[i + 1 :]
        before = draw(st.text(alphabet=letters, max_size=15))
        after = draw(st.text(alphabet=letters, max_size=15))
        return {"pattern": pattern, "s": before + shuffled + after}

    random_pair = st.fixed_dictionaries(
        {
            "pattern": st.text(alphabet="abcd", min_size=1, max_size=8),
            "s": st.text(alphabet="abcd", min_size=1, max_size=40),
        }
    )
    return st.one_of(random_pair, planted())


def probe(n: int, rng: random.Random) -> dict:
    """A pattern of n / 4 letters with one "c", and s of n letters whose only "c"s end it:
    the one match is at the very end, and comparing each window afresh costs O(n^2)."""
    m = max(2, n // 4)
    pattern = "".join(rng.choice("ab") for _ in range(m - 1)) + "c"
    tail = list(pattern)
    rng.shuffle(tail)
    s = "".join(rng.choice("ab") for _ in range(n - m)) + "".join(tail)
    return {"pattern": pattern, "s": s}
