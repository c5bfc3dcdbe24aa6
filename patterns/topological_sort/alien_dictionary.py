"""Alien Dictionary: reference (edges from neighbouring words + Kahn), oracle, generator, probe, checker."""

import random
import string
from collections import deque
from itertools import permutations


def alien_order(words: list[str]) -> str:
    """Each neighbouring pair gives at most one rule (its first differing letters); a word
    followed by its own proper prefix is impossible. Kahn's algorithm orders the letters,
    and a cycle leaves some unplaced. O(C) for C letters in all (the graph has at most 26
    vertices and one edge per pair of words)."""
    letters = {c for w in words for c in w}
    after: dict[str, set[str]] = {c: set() for c in letters}
    in_degree = {c: 0 for c in letters}
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if b not in after[a]:
                    after[a].add(b)
                    in_degree[b] += 1
                break
        else:
            if len(first) > len(second):
                return ""
    ready = deque(c for c in letters if in_degree[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for d in after[c]:
            in_degree[d] -= 1
            if in_degree[d] == 0:
                ready.append(d)
    return "".join(order) if len(order) == len(letters) else ""


def _sorted_under(words: list[str], order: str) -> bool:
    rank = {c: i for i, c in enumerate(order)}
    keys = [[rank[c] for c in w] for w in words]
    return all(a <= b for a, b in zip(keys, keys[1:]))


def brute_force(words: list[str]) -> str:
    """Try every order of the letters that appear; keep the first under which words is sorted."""
    letters = sorted({c for w in words for c in w})
    for perm in permutations(letters):
        if _sorted_under(words, "".join(perm)):
            return "".join(perm)
    return ""


def inputs():
    """Word lists sorted under a random alien order (shared prefixes, repeats), often spoiled:
    two words swapped, a word followed by its own prefix, or no order at all."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        k = draw(st.sampled_from([3, 4, 5, 2, 1]))
        alphabet = draw(st.permutations(string.ascii_lowercase[:6]))[:k]
        word = st.text(alphabet="".join(alphabet), min_size=1, max_size=4)
        words = draw(st.lists(word, min_size=1, max_size=8))
        extended = []
        for w in words:  # grow words from their predecessors: shared prefixes
            if extended and draw(st.booleans()):
                base = extended[-1][: draw(st.integers(0, len(extended[-1])))]
                w = (base + w)[:5]
            extended.append(w)
        words = extended
        kind = draw(st.integers(0, 5))
        if kind <= 2 or kind == 5:  # sorted under the hidden order
            rank = {c: i for i, c in enumerate(alphabet)}
            words.sort(key=lambda w: [rank[c] for c in w])
        if kind == 3 and len(words) >= 2:  # swap two neighbours
            i = draw(st.integers(0, len(words) - 2))
            words[i], words[i + 1] = words[i + 1], words[i]
        if kind == 5:  # a word right before one of its proper prefixes
            long = [i for i, w in enumerate(words) if len(w) >= 2]
            if long:
                i = draw(st.sampled_from(long))
                words.insert(i + 1, words[i][: draw(st.integers(1, len(words[i]) - 1))])
        return {"words": words}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About n letters: n/32 words (at most 100) of the same length (32, up to 100 once
    there are 100 words), sharing all but their last two letters and sorted under a random
    order of the 26 letters. Each comparison of two words reads the shared part, so
    comparing every pair of words instead of neighbours costs a factor of the number of
    words more; and with most of the alphabet present, trying orders of the letters is
    hopeless."""
    alphabet = list(string.ascii_lowercase)
    rng.shuffle(alphabet)
    rank = {c: i for i, c in enumerate(alphabet)}
    count = min(100, max(2, n // 32))
    length = min(100, max(3, n // count))
    prefix = "".join(rng.choice(alphabet) for _ in range(length - 2))
    endings = rng.sample([a + b for a in alphabet for b in alphabet], count)
    words = sorted((prefix + e for e in endings), key=lambda w: [rank[c] for c in w])
    return {"words": words}


def _consistent(words: list[str]) -> bool:
    """Whether some order of the letters sorts words: no word before its proper prefix,
    and the rules from neighbouring pairs hold no cycle."""
    after: dict[str, set[str]] = {c: set() for w in words for c in w}
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                after[a].add(b)
                break
        else:
            if len(first) > len(second):
                return False
    state = dict.fromkeys(after, 0)  # 0 new, 1 on the path, 2 done

    def cyclic(c: str) -> bool:
        state[c] = 1
        for d in after[c]:
            if state[d] == 1 or (state[d] == 0 and cyclic(d)):
                return True
        state[c] = 2
        return False

    return not any(state[c] == 0 and cyclic(c) for c in list(after))


def check(inputs: dict, answer, expected):
    """"" exactly when no order sorts words; otherwise each letter of words once, and words
    sorted under the answer's ranking."""
    words = inputs["words"]
    if not isinstance(answer, str):
        return f"expected a string, got {answer!r}"
    possible = _consistent(words)
    if answer == "":
        return "an order exists, so the answer is not \"\"" if possible else True
    if not possible:
        return f"no order of the letters sorts words, so the answer is \"\", not {answer!r}"
    letters = {c for w in words for c in w}
    if len(set(answer)) != len(answer):
        return f"{answer!r} repeats a letter"
    if set(answer) != letters:
        missing, extra = sorted(letters - set(answer)), sorted(set(answer) - letters)
        return f"{answer!r} must hold exactly the letters of words (missing {missing}, extra {extra})"
    rank = {c: i for i, c in enumerate(answer)}
    for first, second in zip(words, words[1:]):
        if [rank[c] for c in first] > [rank[c] for c in second]:
            return f"under the order {answer!r}, {first!r} would come after {second!r}"
    return True
