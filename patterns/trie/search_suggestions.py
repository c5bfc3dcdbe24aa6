"""Search Suggestions System: reference (a trie whose nodes keep their three smallest words) and oracle."""

import bisect
import random


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    """Insert every product into a trie; each node on the product's path keeps the (at most)
    three lexicographically smallest products that pass through it. Typing the search word
    walks down the trie one node per letter and reads that node's list; once the walk falls
    off the trie, every later prefix has no suggestion. O(total letters + len(search_word))."""
    trie: dict = {"top": []}
    for product in products:
        node = trie
        for ch in product:
            node = node.setdefault(ch, {"top": []})
            top = node["top"]
            if len(top) < 3 or product < top[-1]:
                bisect.insort(top, product)
                del top[3:]
    out: list[list[str]] = []
    node = trie
    for ch in search_word:
        node = node.get(ch) if node is not None else None
        out.append(list(node["top"]) if node is not None else [])
    return out


def brute_force(products: list[str], search_word: str) -> list[list[str]]:
    """For every prefix, filter all products that start with it, sort them, keep three."""
    return [sorted(p for p in products if p.startswith(search_word[:i]))[:3] for i in range(1, len(search_word) + 1)]


def inputs():
    """Products over few letters that share prefixes with the search word and with one another
    (one product often a prefix of another: mouse, mousepad), all distinct, and search words
    that run past every product."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        letters = draw(st.sampled_from(["ab", "abc", "mouse", "abcdefghijklmnopqrstuvwxyz"]))
        search_word = draw(st.text(alphabet=letters, min_size=1, max_size=8))
        products: list[str] = []
        for _ in range(draw(st.integers(1, 12))):
            kind = draw(st.integers(0, 3))
            if kind <= 1:
                p = search_word[: draw(st.integers(0, len(search_word)))] + draw(st.text(alphabet=letters, max_size=3))
            elif kind == 2 and products:
                p = draw(st.sampled_from(products)) + draw(st.text(alphabet=letters, min_size=1, max_size=2))
            else:
                p = draw(st.text(alphabet=letters, min_size=1, max_size=6))
            if p and p not in products:
                products.append(p)
        if not products:
            products.append(search_word)
        return {"products": products, "search_word": search_word}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About n letters: a search word of n // 5 letters and n // 16 distinct products, each
    the first 0 to 10 letters of the search word plus a short tail. Most prefixes of the long
    search word match nothing, so filtering every product for every prefix costs
    O(len(search_word) * len(products)) = O(n^2)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    search_word = "".join(rng.choice(letters) for _ in range(max(1, n // 5)))
    products: set[str] = set()
    while len(products) < max(1, n // 16):
        tail = "".join(rng.choice(letters) for _ in range(rng.randint(1, 3)))
        products.add(search_word[: rng.randint(0, 10)] + tail)
    return {"products": sorted(products, key=lambda _: rng.random()), "search_word": search_word}
