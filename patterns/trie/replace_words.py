"""Replace Words: reference (a trie of the roots, each word walked until the first root ends) and oracle."""

import random


def replace_words(dictionary: list[str], sentence: str) -> str:
    """Put the roots in a trie once. Walk each word down the trie letter by letter and stop
    at the first node that ends a root: that root is the word's shortest one. If the walk
    leaves the trie first, the word stays. O(total letters of dictionary and sentence)."""
    trie: dict = {}
    for root in dictionary:
        node = trie
        for ch in root:
            node = node.setdefault(ch, {})
        node["$"] = root
    out = []
    for word in sentence.split(" "):
        node = trie
        replacement = word
        for ch in word:
            node = node.get(ch)
            if node is None:
                break
            if "$" in node:
                replacement = node["$"]
                break
        out.append(replacement)
    return " ".join(out)


def brute_force(dictionary: list[str], sentence: str) -> str:
    """For each word, collect every root it starts with and keep the shortest one."""
    out = []
    for word in sentence.split(" "):
        roots = [r for r in dictionary if word.startswith(r)]
        out.append(min(roots, key=len) if roots else word)
    return " ".join(out)


def inputs():
    """Roots over few letters that are often prefixes of one another (cat, ca, cattle), and
    sentences whose words are a root plus a tail, exactly a root, a word shorter than a root
    it begins (not replaced), or random."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        letters = draw(st.sampled_from(["ab", "abc", "act", "abcdefghijklmnopqrstuvwxyz"]))
        root = st.text(alphabet=letters, min_size=1, max_size=4)
        dictionary = draw(st.lists(root, min_size=1, max_size=8))
        if draw(st.booleans()):  # a root that extends another one
            dictionary.append(draw(st.sampled_from(dictionary)) + draw(st.text(alphabet=letters, min_size=1, max_size=3)))
        words = []
        for _ in range(draw(st.integers(1, 10))):
            kind = draw(st.integers(0, 4))
            base = draw(st.sampled_from(dictionary))
            if kind <= 1:
                w = base + draw(st.text(alphabet=letters, max_size=4))
            elif kind == 2:
                w = base
            elif kind == 3 and len(base) > 1:
                w = base[: draw(st.integers(1, len(base) - 1))]
            else:
                w = draw(st.text(alphabet=letters, min_size=1, max_size=7))
            words.append(w)
        return {"dictionary": dictionary, "sentence": " ".join(words)}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About n letters: n // 20 roots of 3 to 5 letters and n // 20 words of 6 to 10 letters,
    one word in ten starting with a root. Most words match no root, so comparing each word
    with every root costs O(roots * words) = O(n^2)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    count = max(1, n // 20)

    def text(lo, hi):
        return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))

    dictionary = [text(3, 5) for _ in range(count)]
    words = [rng.choice(dictionary) + text(2, 5) if i % 10 == 0 else text(6, 10) for i in range(count)]
    return {"dictionary": dictionary, "sentence": " ".join(words)}
