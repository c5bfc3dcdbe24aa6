"""Letter Case Permutation: reference (a letter doubles the list, a digit extends it) and
oracle (every upper/lower choice for every character, deduplicated)."""

import random
import string
from itertools import product


def letter_case_permutation(s: str) -> list[str]:
    """Read s left to right keeping every variant of the prefix: a letter doubles the list
    (lower and upper), a digit just extends each variant. O(n · 2^L) for L letters."""
    result = [""]
    for ch in s:
        if ch.isalpha():
            result = [r + ch.lower() for r in result] + [r + ch.upper() for r in result]
        else:
            result = [r + ch for r in result]
    return result


def brute_force(s: str) -> list[str]:
    """All 2^len(s) ways to apply lower() or upper() to each character, as a set."""
    return sorted({"".join(f(c) for f, c in zip(fs, s)) for fs in product((str.lower, str.upper), repeat=len(s))})


def inputs():
    """Strings over all letters and digits; often digit-heavy or letter-heavy."""
    from hypothesis import strategies as st

    chars = st.sampled_from(string.ascii_letters + string.digits)
    digit_heavy = st.sampled_from("0123456789" * 3 + "aZ")
    letters = st.sampled_from("aAbBzZ")
    return st.builds(
        lambda s: {"s": s},
        st.one_of(st.text(chars, min_size=1, max_size=10), st.text(digit_heavy, min_size=1, max_size=10), st.text(letters, min_size=1, max_size=10)),
    )


def probe(n: int, rng: random.Random) -> dict:
    """Two letters among n - 2 digits: 4 results, so work that doubles per digit shows."""
    chars = [rng.choice(string.digits) for _ in range(max(0, n - 2))] + ["q", "R"][: min(n, 2)]
    rng.shuffle(chars)
    return {"s": "".join(chars)}
