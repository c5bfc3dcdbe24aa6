"""Palindrome Pairs: reference (a trie of the reversed words) and oracle."""

import random


def palindrome_pairs(words: list[str]) -> list[list[int]]:
    """Put every word, reversed, in a trie; a node also lists the words whose reversed
    remainder below it is a palindrome. For a pair (i, j), words[i] + words[j] is a
    palindrome when either
    - words[j] is shorter or equal: walking words[i] down the trie meets the end of reversed
      words[j] after len(words[j]) letters, and the rest of words[i] is a palindrome; or
    - words[j] is longer: walking all of words[i] lands on a node from which reversed
      words[j] continues with a palindrome (the node's list).
    O(n * k^2) for n words of at most k letters (k palindrome checks of O(k) per word)."""

    def is_pal(s: str, lo: int, hi: int) -> bool:
        while lo < hi:
            if s[lo] != s[hi]:
                return False
            lo, hi = lo + 1, hi - 1
        return True

    root: dict = {"pal": []}
    for j, word in enumerate(words):
        node = root
        rev = word[::-1]
        for depth, ch in enumerate(rev):
            if is_pal(rev, depth, len(rev) - 1):
                node["pal"].append(j)  # what is left of rev from here is a palindrome
            node = node.setdefault(ch, {"pal": []})
        node["end"] = j
        node["pal"].append(j)  # nothing left: the empty rest is a palindrome

    pairs = []
    for i, word in enumerate(words):
        node = root
        for depth, ch in enumerate(word):
            j = node.get("end")
            if j is not None and j != i and is_pal(word, depth, len(word) - 1):
                pairs.append([i, j])  # words[j] used up; the rest of words[i] mirrors itself
            node = node.get(ch)
            if node is None:
                break
        else:
            for j in node["pal"]:
                if j != i:
                    pairs.append([i, j])  # words[i] used up; words[j] has a palindrome left
    return pairs


def brute_force(words: list[str]) -> list[list[int]]:
    """Try every ordered pair of different indices."""
    return [
        [i, j]
        for i in range(len(words))
        for j in range(len(words))
        if i != j and (words[i] + words[j]) == (words[i] + words[j])[::-1]
    ]


def inputs():
    """Distinct words over one to three letters (palindromes are common), the empty word
    often, and words added in reverse or with a palindrome attached so that pairs of
    every kind occur."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        letters = draw(st.sampled_from(["a", "ab", "abc", "abcdefghijklmnopqrstuvwxyz"]))
        word = st.text(alphabet=letters, max_size=6)
        words: list[str] = []
        for _ in range(draw(st.integers(1, 10))):
            kind = draw(st.integers(0, 4))
            if kind == 0 and words:  # the reverse of a word already there
                w = draw(st.sampled_from(words))[::-1]
            elif kind == 1 and words:  # a word's reverse with a palindrome on one side
                pal = draw(st.text(alphabet=letters, max_size=2))
                pal = pal + pal[::-1][draw(st.integers(0, 1)) :]
                w = draw(st.sampled_from(words))[::-1]
                w = pal + w if draw(st.booleans()) else w + pal
            else:
                w = draw(word)
            if w not in words:
                words.append(w)
        return {"words": words}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """n distinct random words of 10 letters: almost no pair works, and trying every pair
    costs O(n^2 * k)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(letters) for _ in range(10)))
    out = sorted(words)
    rng.shuffle(out)
    return {"words": out}
