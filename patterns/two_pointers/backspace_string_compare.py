"""Comparing Strings Containing Backspaces: reference (two pointers from the back) and oracle."""

import random


def _last_typed(text: str, index: int) -> int:
    """The index of the last character at or before ``index`` that a backspace does not delete, or -1."""
    skip = 0  # backspaces seen that still have to delete a character
    while index >= 0:
        if text[index] == "#":
            skip += 1
        elif skip:
            skip -= 1  # this character is deleted by a later backspace
        else:
            return index
        index -= 1
    return -1


def backspace_compare(s: str, t: str) -> bool:
    """Walk both strings from the end, surviving character by surviving character: O(n) time, O(1) space."""
    i, j = len(s) - 1, len(t) - 1
    while True:
        i, j = _last_typed(s, i), _last_typed(t, j)
        if i < 0 or j < 0:
            return i < 0 and j < 0  # equal only if both texts are used up together
        if s[i] != t[j]:
            return False
        i, j = i - 1, j - 1


def brute_force(s: str, t: str) -> bool:
    """Type both strings into a simulated editor and compare the texts."""

    def typed(text: str) -> list[str]:
        editor: list[str] = []
        for ch in text:
            if ch != "#":
                editor.append(ch)
            elif editor:
                editor.pop()
        return editor

    return typed(s) == typed(t)


def _keystrokes(word: str, rng: random.Random, letters: str) -> str:
    """A string that types out ``word``, with typos fixed by backspaces along the way."""
    out: list[str] = []
    if rng.random() < 0.2:
        out.append("#" * rng.randint(1, 2))  # backspaces in the empty editor do nothing
    for pos, ch in enumerate(word):
        roll = rng.random()
        if roll < 0.25:  # a wrong character, deleted at once
            typo = rng.randint(1, 2)
            out.append("".join(rng.choice(letters) for _ in range(typo)) + "#" * typo)
        elif roll < 0.35 and pos >= 1:  # delete the last typed characters of word and retype them
            back = rng.randint(1, min(pos, 2))
            out.append("#" * back + word[pos - back : pos])
        out.append(ch)
    return "".join(out) or "#"


def inputs():
    """Pairs that type the same text half of the time, so that True is as common as False."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        rng = draw(st.randoms(use_true_random=False))
        word = draw(st.text(alphabet="abc", max_size=8))
        kind = draw(st.integers(0, 3))
        s = _keystrokes(word, rng, "abc")
        if kind <= 1:  # the same text
            t = _keystrokes(word, rng, "abc")
        elif kind == 2:  # a nearby text: one character changed, added or dropped
            other = draw(st.text(alphabet="abc", min_size=1, max_size=1))
            cut = draw(st.integers(0, len(word)))
            variant = draw(st.integers(0, 2))
            near = word[:cut] + other + word[cut + (variant == 0) :] if variant < 2 else word[:cut] + word[cut + 1 :]
            t = _keystrokes(near, rng, "abc")
        else:  # any string
            t = draw(st.text(alphabet="abc#", min_size=1, max_size=30))
        if draw(st.booleans()):
            s, t = t, s
        return {"s": s, "t": t}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Two different typings of the same text, about n characters in all: every character is compared."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    word = "".join(rng.choice(letters) for _ in range(max(1, n // 4)))
    return {"s": _keystrokes(word, rng, letters), "t": _keystrokes(word, rng, letters)}
