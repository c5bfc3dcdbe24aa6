"""Word Search II: reference (backtracking over the board, guided by a trie of the words) and oracle."""

import random


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Put the words in a trie. From every cell, backtrack over the board while the letters
    read so far are a path in the trie: a path that is no word's prefix is abandoned at
    once, and words that share a prefix share the search for it. A word found is unmarked
    (so it is reported once) and trie branches left empty are cut. Cells on the current
    path are blanked out so none is used twice.
    O(cells * 4 * 3^(L - 1) + total letters of words) for words of at most L letters."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def backtrack(r: int, c: int, parent: dict) -> None:
        letter = board[r][c]
        node = parent[letter]
        word = node.pop("$", None)
        if word is not None:
            found.append(word)
        board[r][c] = "#"
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                backtrack(nr, nc, node)
        board[r][c] = letter
        if not node:  # nothing left to find below: cut the branch
            parent.pop(letter)

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in trie:
                backtrack(r, c, trie)
    return found


def brute_force(board: list[list[str]], words: list[str]) -> list[str]:
    """Search the board for each word on its own: from every cell, try every path of
    distinct adjacent cells that spells the word so far."""
    rows, cols = len(board), len(board[0])

    def spells(word, i, r, c, used):
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used.add((r, c))
        ok = any(spells(word, i + 1, r + dr, c + dc, used) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        used.discard((r, c))
        return ok

    return [w for w in words if any(spells(w, 0, r, c, set()) for r in range(rows) for c in range(cols))]


def inputs():
    """Small boards over few letters, and words that are paths of distinct cells (found),
    walks that step back onto a cell they used (found only if another path spells them),
    one letter more or less than such words (shared prefixes), and random words."""
    from hypothesis import strategies as st

    steps = ((1, 0), (-1, 0), (0, 1), (0, -1))

    @st.composite
    def draw(draw):
        letters = draw(st.sampled_from(["ab", "abc", "oaeihkrftnvl", "abcdefghijklmnopqrstuvwxyz"]))
        rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
        board = [[draw(st.sampled_from(letters)) for _ in range(cols)] for _ in range(rows)]
        words: list[str] = []
        for _ in range(draw(st.integers(1, 8))):
            kind = draw(st.integers(0, 4))
            if kind <= 2:  # a walk on the board; kind 2 may step back onto a used cell
                r, c = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
                used, word = {(r, c)}, board[r][c]
                for _ in range(draw(st.integers(0, 6))):
                    options = [(r + dr, c + dc) for dr, dc in steps if 0 <= r + dr < rows and 0 <= c + dc < cols]
                    if kind < 2:
                        options = [p for p in options if p not in used]
                    if not options:
                        break
                    r, c = draw(st.sampled_from(options))
                    used.add((r, c))
                    word += board[r][c]
            elif kind == 3 and words:  # one letter more or less than a word already listed
                base = draw(st.sampled_from(words))
                word = base[:-1] if len(base) > 1 and draw(st.booleans()) else base + draw(st.sampled_from(letters))
            else:
                word = draw(st.text(alphabet=letters, min_size=1, max_size=6))
            if word not in words:
                words.append(word)
        return {"board": board, "words": words}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """A 12 x 12 board: six rows of a, a row of c, five rows of b, and n words aaab..., aaabX,
    aaabXY... (X, Y in a, b, c). The letters are all on the board, but no b touches an a, so
    no word is there; every word shares the prefix aaa, whose many paths through the a rows
    are searched once with a trie and once per word without one."""
    board = [["a"] * 12 for _ in range(6)] + [["c"] * 12] + [["b"] * 12 for _ in range(5)]
    words, frontier = [], ["aaab"]
    while len(words) < n:
        words += frontier
        frontier = [w + x for w in frontier for x in "abc"]
    words = words[:n]
    rng.shuffle(words)
    return {"board": board, "words": words}
