"""Word Search: reference (depth-first search that marks the cells on its path) and oracle
(level by level over the set of (last cell, cells used) states)."""



def exist(board: list[list[str]], word: str) -> bool:
    """Try each cell as the start; extend the path into neighbours that hold the next letter,
    marking the cell while the path goes through it and restoring it after. Cheap checks
    first: a letter the board has too few of rules the word out at once. O(R·C·3^L)."""
    rows, cols = len(board), len(board[0])
    have: dict[str, int] = {}
    for row in board:
        for ch in row:
            have[ch] = have.get(ch, 0) + 1
    need: dict[str, int] = {}
    for ch in word:
        need[ch] = need.get(ch, 0) + 1
    if len(word) > rows * cols or any(have.get(ch, 0) < k for ch, k in need.items()):
        return False
    if have[word[0]] > have[word[-1]]:
        word = word[::-1]  # start from the rarer end: fewer starting points to try

    def dfs(r: int, c: int, k: int) -> bool:
        if board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        saved, board[r][c] = board[r][c], "#"  # choose: this cell is on the path
        found = False
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, k + 1):
                found = True
                break
        board[r][c] = saved  # un-choose
        return found

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))


def brute_force(board: list[list[str]], word: str) -> bool:
    """states holds every (last cell, set of used cells) that spells word[:k]; extend each
    state to the unused neighbours holding word[k]. The word exists when a state survives."""
    rows, cols = len(board), len(board[0])
    states = {((r, c), frozenset([(r, c)])) for r in range(rows) for c in range(cols) if board[r][c] == word[0]}
    for ch in word[1:]:
        nxt = set()
        for (r, c), used in states:
            for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                nr, nc = cell
                if 0 <= nr < rows and 0 <= nc < cols and cell not in used and board[nr][nc] == ch:
                    nxt.add((cell, used | {cell}))
        states = nxt
    return bool(states)


def inputs():
    """Boards over small alphabets (many partial matches) and words that are often spelled by
    a walk on the board: a simple path (present), a walk that revisits a cell (present only
    if the letters repeat elsewhere), or such a word with one letter changed."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        alphabet = draw(st.sampled_from(["AB", "ABC", "aA", "ABCDE", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]))
        rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
        board = [[draw(st.sampled_from(alphabet)) for _ in range(cols)] for _ in range(rows)]
        kind = draw(st.integers(0, 4))
        if kind == 4 and rows * cols >= 2:  # a walk with diagonal steps: spelled only if the orthogonal walks find it too
            length = draw(st.integers(2, min(8, rows * cols)))
            r, c = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
            word, used = board[r][c], {(r, c)}
            for _ in range(length - 1):
                steps = [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
                fresh = [(a, b) for a, b in steps if 0 <= a < rows and 0 <= b < cols and (a, b) not in used]
                if not fresh:
                    break
                r, c = draw(st.sampled_from(fresh))
                used.add((r, c))
                word += board[r][c]
            return {"board": board, "word": word}
        if kind >= 3:
            word = draw(st.text(st.sampled_from(alphabet), min_size=1, max_size=8))
            return {"board": board, "word": word}
        length = draw(st.integers(1, min(8, rows * cols)))
        r, c = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        path, used = [(r, c)], {(r, c)}
        while len(path) < length:
            options = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)) if 0 <= r + dr < rows and 0 <= c + dc < cols]
            fresh = [cell for cell in options if cell not in used]
            pool = options if kind == 1 else fresh  # kind 1 may step back onto a used cell
            if not pool:
                break
            r, c = draw(st.sampled_from(pool))
            path.append((r, c))
            used.add((r, c))
        word = "".join(board[r][c] for r, c in path)
        if kind == 2:
            i = draw(st.integers(0, len(word) - 1))
            word = word[:i] + draw(st.sampled_from(alphabet)) + word[i + 1 :]
        return {"board": board, "word": word}

    return draw()
