"""Implement Trie (Prefix Tree): reference (nodes with a dict of children and an end flag) and oracle."""

import random


class _Node:
    __slots__ = ("children", "is_end")

    def __init__(self) -> None:
        self.children: dict[str, "_Node"] = {}
        self.is_end = False


class Trie:
    """Each node maps a letter to a child; a word is the path of its letters from the root,
    with is_end set on its last node. Every operation follows at most L links for a word or
    prefix of length L: O(L) per operation, whatever the number of words stored."""

    def __init__(self) -> None:
        self.root = _Node()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            child = node.children.get(ch)
            if child is None:
                child = node.children[ch] = _Node()
            node = child
        node.is_end = True

    def _walk(self, prefix: str) -> "_Node | None":
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.is_end

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None


class brute_force:
    """Keep the inserted words in a list and compare with each of them."""

    def __init__(self) -> None:
        self.words: list[str] = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        return any(w == word for w in self.words)

    def starts_with(self, prefix: str) -> bool:
        return any(w[: len(prefix)] == prefix for w in self.words)


def inputs():
    """Operation sequences over few letters, so that words share prefixes: searches for
    inserted words, for their prefixes (a path that exists but ends no word), for words one
    letter longer, and for random strings; the same word inserted twice now and then. Each
    operation is drawn on its own and tied to the words inserted before it afterwards, so
    that a failing sequence shrinks by dropping calls."""
    from hypothesis import strategies as st

    @st.composite
    def sequence(draw):
        letters = draw(st.sampled_from(["ab", "abc", "apple", "abcdefghijklmnopqrstuvwxyz"]))
        word = st.text(alphabet=letters, min_size=1, max_size=7)
        call = st.tuples(
            st.sampled_from(["insert", "insert", "search", "starts_with"]),
            st.integers(0, 4),  # which kind of argument
            st.integers(0, 10**6),  # which inserted word
            word,
            st.sampled_from(letters),
        )
        calls = draw(st.lists(call, min_size=1, max_size=30))
        ops, args, inserted = ["Trie"], [[]], []
        for name, kind, pick, fresh, extra in calls:
            base = inserted[pick % len(inserted)] if inserted else fresh
            if name == "insert":
                w = base if kind == 0 else fresh
                inserted.append(w)
            elif kind == 0:
                w = base
            elif kind == 1:
                w = base[: 1 + pick % len(base)]
            elif kind == 2:
                w = base + extra
            else:
                w = fresh
            ops.append(name)
            args.append([w])
        return {"operations": ops, "arguments": args}

    return sequence()


def probe(n: int, rng: random.Random) -> dict:
    """n operations: half inserts of 8-letter words, then searches and prefix checks, most of
    which find nothing (a list of words would be scanned to the end every time)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    ops, args, inserted = ["Trie"], [[]], []
    for i in range(n):
        if i % 2 == 0:
            w = "".join(rng.choice(letters) for _ in range(8))
            inserted.append(w)
            ops.append("insert")
        else:
            base = rng.choice(inserted)
            if i % 4 == 1:
                ops.append("search")
                w = base[:7] + rng.choice(letters)
            else:
                ops.append("starts_with")
                w = base[:5] + rng.choice(letters)
        args.append([w])
    return {"operations": ops, "arguments": args}
