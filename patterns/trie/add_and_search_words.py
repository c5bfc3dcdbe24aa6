"""Design Add and Search Words: reference (a trie; a '.' tries every child) and oracle."""

import random
import re


class WordDictionary:
    """A trie of the added words (a dict of children per node, '$' marking a word's end).
    search walks the pattern down the trie; at a '.' it tries every child of the current
    node. With at most two dots per pattern, a search visits at most 26 * 26 paths of its
    length: O(L) per call for a pattern of length L, whatever the number of words stored."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add_word(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        def match(node: dict, i: int) -> bool:
            while i < len(word):
                ch = word[i]
                if ch == ".":
                    return any(match(child, i + 1) for key, child in node.items() if key != "$")
                node = node.get(ch)
                if node is None:
                    return False
                i += 1
            return "$" in node

        return match(self.root, 0)


class brute_force:
    """Keep every added word; a pattern matches a word of the same length whose letters
    agree wherever the pattern has a letter (a regular expression, '.' matching any letter)."""

    def __init__(self) -> None:
        self.words: set[str] = set()

    def add_word(self, word: str) -> None:
        self.words.add(word)

    def search(self, word: str) -> bool:
        pattern = re.compile(word.replace(".", "[a-z]"))
        return any(pattern.fullmatch(w) for w in self.words)


def inputs():
    """Operation sequences over few letters (shared prefixes): searches for added words, for
    added words with one or two letters turned into dots, for prefixes of added words
    (dots included: a path that exists but ends no word), for added words one character
    longer, and for random patterns. Each operation is drawn on its own and tied to the
    words added before it afterwards, so that a failing sequence shrinks by dropping calls."""
    from hypothesis import strategies as st

    def with_dots(w: str, spots: list[int]) -> str:
        chars = list(w)
        for spot in spots:
            chars[spot % len(chars)] = "."
        return "".join(chars)

    @st.composite
    def sequence(draw):
        letters = draw(st.sampled_from(["ab", "abc", "bad", "abcdefghijklmnopqrstuvwxyz"]))
        word = st.text(alphabet=letters, min_size=1, max_size=6)
        add = st.tuples(st.just("add_word"), word)
        search = st.tuples(
            st.just("search"),
            st.integers(0, 4),  # which kind of pattern
            st.integers(0, 10**6),  # which added word
            st.lists(st.integers(0, 24), max_size=2),  # where the dots go
            word,
            st.sampled_from(letters + "."),
        )
        calls = draw(st.lists(st.one_of(add, search), min_size=1, max_size=30))
        ops, args, added = ["WordDictionary"], [[]], []
        for call in calls:
            if call[0] == "add_word":
                added.append(call[1])
                ops.append("add_word")
                args.append([call[1]])
                continue
            _, kind, pick, spots, fresh, extra = call
            base = added[pick % len(added)] if added else fresh
            if kind == 0:
                w = base
            elif kind == 1:
                w = with_dots(base, spots or [pick])
            elif kind == 2:
                w = with_dots(base[: 1 + pick % len(base)], spots[:1])
            elif kind == 3:
                w = base + extra
            else:
                w = with_dots(fresh, spots)
            ops.append("search")
            args.append([w])
        return {"operations": ops, "arguments": args}

    return sequence()


def probe(n: int, rng: random.Random) -> dict:
    """n operations: half adds of 10-letter words, half searches of added words with one or
    two letters past the fifth turned into dots (the patterns mostly miss), so scanning the
    list of words costs O(n) per search."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    ops, args, added = ["WordDictionary"], [[]], []
    for i in range(n):
        if i % 2 == 0:
            w = "".join(rng.choice(letters) for _ in range(10))
            added.append(w)
            ops.append("add_word")
        else:
            w = list(rng.choice(added))
            for pos in rng.sample(range(5, 10), rng.randint(1, 2)):
                w[pos] = "."
            if rng.random() < 0.75:
                w[4] = rng.choice(letters)
            w = "".join(w)
            ops.append("search")
        args.append([w])
    return {"operations": ops, "arguments": args}
