# expect: accepted
# grokpat: word-search


def exist(board: list[list[str]], word: str) -> bool:
    R, C = len(board), len(board[0])
    # cheap pruning: the board must hold enough of each letter
    have = Counter(ch for row in board for ch in row)
    need = Counter(word)
    if any(have[ch] < k for ch, k in need.items()):
        return False
    # start from the rarer end
    if have[word[0]] > have[word[-1]]:
        word = word[::-1]

    def dfs(r, c, i):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        saved = board[r][c]
        board[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < R and 0 <= nc < C and dfs(nr, nc, i + 1):
                board[r][c] = saved
                return True
        board[r][c] = saved
        return False

    return any(dfs(r, c, 0) for r in range(R) for c in range(C))
