"""Generalized Abbreviations: reference (keep or replace each letter, carrying a pending
count) and oracle (choose the replaced substrings themselves, by the definition)."""


def generate_abbreviations(word: str) -> list[str]:
    """Breadth-first over (prefix, pending count): each letter is replaced (count + 1) or
    kept (write the pending count, then the letter). 2^n results of length up to n:
    O(n · 2^n) time."""
    states = [("", 0)]
    for letter in word:
        states = [
            nxt
            for prefix, count in states
            for nxt in ((prefix, count + 1), (prefix + (str(count) if count else "") + letter, 0))
        ]
    return [prefix + (str(count) if count else "") for prefix, count in states]


def brute_force(word: str) -> list[str]:
    """By the definition: at each position keep the letter, or replace a substring of any
    length starting here, after which the next letter (if any) must be kept."""
    out: set[str] = set()

    def go(i: int, built: str, may_replace: bool) -> None:
        if i == len(word):
            out.add(built)
            return
        go(i + 1, built + word[i], True)
        if may_replace:
            for j in range(i + 1, len(word) + 1):
                go(j, built + str(j - i), False)

    go(0, "", True)
    return sorted(out)
