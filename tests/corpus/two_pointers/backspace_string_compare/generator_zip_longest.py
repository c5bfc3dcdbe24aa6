# expect: accepted
# grokpat: backspace-string-compare
from itertools import zip_longest


def survivors(text):
    """Yield the typed characters from last to first, without building the text."""
    skip = 0
    for ch in reversed(text):
        if ch == "#":
            skip += 1
        elif skip:
            skip -= 1
        else:
            yield ch


def backspace_compare(s, t):
    return all(a == b for a, b in zip_longest(survivors(s), survivors(t)))
