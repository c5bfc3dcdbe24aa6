"""Index Pairs of a String: reference (a trie of the words, walked from every start) and oracle."""


def index_pairs(text: str, words: list[str]) -> list[list[int]]:
    """Put the words in a trie once. From every start i, follow text[i], text[i + 1], ...
    down the trie; every node marked as a word's end on the way gives a pair [i, j], and the
    walk stops as soon as no word continues. Starts in increasing order and the walk going
    deeper give the pairs already sorted. O(total letters + len(text) * longest word)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True  # a word ends here
    pairs = []
    for i in range(len(text)):
        node = root
        for j in range(i, len(text)):
            node = node.get(text[j])
            if node is None:
                break
            if "$" in node:
                pairs.append([i, j])
    return pairs


def brute_force(text: str, words: list[str]) -> list[list[int]]:
    """Try every (i, j) with i <= j and look the slice up among the words."""
    vocabulary = set(words)
    return [[i, j] for i in range(len(text)) for j in range(i, len(text)) if text[i : j + 1] in vocabulary]


def inputs():
    """Texts over few letters (so that words overlap, nest and repeat), with words cut from
    the text (they occur), words that share a prefix with the text but run on, and random
    words; all distinct."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        letters = draw(st.sampled_from(["ab", "abc", "xyz", "abcdefghijklmnopqrstuvwxyz"]))
        text = draw(st.text(alphabet=letters, min_size=1, max_size=40))
        count = draw(st.integers(1, 12))
        words: list[str] = []
        for _ in range(count):
            kind = draw(st.integers(0, 3))
            if kind <= 1:  # a piece of the text
                i = draw(st.integers(0, len(text) - 1))
                j = draw(st.integers(i, min(len(text) - 1, i + 5)))
                word = text[i : j + 1]
            elif kind == 2:  # a piece of the text that runs on with another letter
                i = draw(st.integers(0, len(text) - 1))
                word = text[i : i + draw(st.integers(1, 4))] + draw(st.sampled_from(letters))
            else:
                word = draw(st.text(alphabet=letters, min_size=1, max_size=6))
            if word not in words:
                words.append(word)
        return {"text": text, "words": words}

    return draw()
