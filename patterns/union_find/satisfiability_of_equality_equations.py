"""Satisfiability of Equality Equations: reference (union-find on letters), oracle, generator, probe."""

import random
import string


def equations_possible(equations: list[str]) -> bool:
    """Union the two sides of every '==' first; the equations are satisfiable exactly when
    no '!=' has both sides in one group (give each group its own number). Two passes with
    a 26-element union-find: O(n)."""
    parent = list(range(26))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for eq in equations:
        if eq[1] == "=":
            parent[find(ord(eq[0]) - 97)] = find(ord(eq[3]) - 97)
    for eq in equations:
        if eq[1] == "!" and find(ord(eq[0]) - 97) == find(ord(eq[3]) - 97):
            return False
    return True


def _partitions(k: int):
    """Every way to give k letters values, up to renaming the values (restricted growth
    strings: each letter takes a value already used or the next new one)."""
    if k == 0:
        yield ()
        return
    for head in _partitions(k - 1):
        for v in range(max(head, default=-1) + 2):
            yield head + (v,)


def brute_force(equations: list[str]) -> bool:
    """Try every way of making some of the letters used equal and the others different."""
    letters = sorted({eq[0] for eq in equations} | {eq[3] for eq in equations})
    for values in _partitions(len(letters)):
        value = dict(zip(letters, values))
        if all((value[eq[0]] == value[eq[3]]) == (eq[1] == "=") for eq in equations):
            return True
    return False


def inputs():
    """1..10 equations over a few letters: satisfied by a hidden assignment (so the answer
    is often True), with one equation sometimes flipped, and 'x!=x' or 'x==x' now and then."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        letters = draw(st.sampled_from(["ab", "abc", "abcd", "abcde", "xyz", "a"]))
        value = {c: draw(st.integers(0, 2)) for c in letters}
        count = draw(st.integers(1, 10))
        equations = []
        for _ in range(count):
            x, y = draw(st.sampled_from(letters)), draw(st.sampled_from(letters))
            equations.append(f"{x}{'==' if value[x] == value[y] else '!='}{y}")
        if draw(st.booleans()):  # flip one equation
            i = draw(st.integers(0, count - 1))
            eq = equations[i]
            equations[i] = eq[0] + ("!=" if eq[1] == "=" else "==") + eq[3]
        return {"equations": equations}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n equations over all 26 letters that hold together: '==' inside two groups of 13
    letters and '!=' across them, shuffled, so every equation must be checked."""
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    first, second = letters[:13], letters[13:]
    equations = []
    for i in range(n):
        if i % 2 == 0:
            group = first if i % 4 == 0 else second
            equations.append(f"{rng.choice(group)}=={rng.choice(group)}")
        else:
            equations.append(f"{rng.choice(first)}!={rng.choice(second)}")
    rng.shuffle(equations)
    return {"equations": equations}
