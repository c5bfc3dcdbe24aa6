"""Longest Word in Dictionary: reference (a trie, explored only through nodes that end a word) and oracle."""

import random


def longest_word(words: list[str]) -> str:
    """Put every word in a trie. A word can be built one letter at a time exactly when every
    node on its path ends a word, so a DFS from the root that only steps onto word-ending
    nodes visits exactly the buildable words. Visiting the children in alphabetical order
    and keeping only strictly longer words gives the smallest among the longest.
    O(total letters) (26 children at most to sort per node)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    best = ""
    stack = [trie]  # the root ends no word but may be stepped from
    while stack:
        node = stack.pop()
        word = node.get("$", "")
        if len(word) > len(best):
            best = word
        # pushed in reverse so that the smallest letter is popped (visited) first
        stack += [node[key] for key in sorted(node, reverse=True) if key != "$" and "$" in node[key]]
    return best


def brute_force(words: list[str]) -> str:
    """Check every word: are all its shorter prefixes words? Then take the longest, the
    smallest on ties."""
    vocabulary = set(words)
    buildable = [w for w in vocabulary if all(w[:i] in vocabulary for i in range(1, len(w)))]
    return min(buildable, key=lambda w: (-len(w), w), default="")


def inputs():
    """Word lists over few letters built from chains of prefixes (a, ap, app, appl, apple),
    with gaps (a missing link makes a long word unbuildable), ties in length, duplicates,
    and lists with no one-letter word at all."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        letters = draw(st.sampled_from(["ab", "abc", "aple", "abcdefghijklmnopqrstuvwxyz"]))
        words: list[str] = []
        for _ in range(draw(st.integers(1, 5))):
            chain = draw(st.text(alphabet=letters, min_size=1, max_size=7))
            gaps = draw(st.lists(st.integers(1, len(chain)), max_size=2))
            words += [chain[:i] for i in range(1, len(chain) + 1) if i not in gaps]
        words += draw(st.lists(st.text(alphabet=letters, min_size=1, max_size=6), max_size=5))
        if not words:
            words = [draw(st.text(alphabet=letters, min_size=1, max_size=6))]
        return {"words": draw(st.permutations(words))}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About n letters: n // 36 random 8-letter words with all their prefixes (so almost every
    word is buildable and every prefix check succeeds), shuffled. Looking each prefix up in
    the list of words (not a set or a trie) costs O(words) per lookup: O(n^2)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words: set[str] = set()
    for _ in range(max(1, n // 36)):
        base = "".join(rng.choice(letters) for _ in range(8))
        words.update(base[:i] for i in range(1, 9))
    out = sorted(words)
    rng.shuffle(out)
    return {"words": out}
