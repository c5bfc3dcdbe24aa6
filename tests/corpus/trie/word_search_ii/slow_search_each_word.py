# expect: suboptimal
# grokpat: word-search-ii
def find_words(board, words):
    rows, cols = len(board), len(board[0])

    def exists(word):
        def dfs(r, c, i):
            if i == len(word):
                return True
            if r < 0 or c < 0 or r >= rows or c >= cols or board[r][c] != word[i]:
                return False
            tmp, board[r][c] = board[r][c], "#"
            ok = dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)
            board[r][c] = tmp
            return ok

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))

    return [w for w in words if exists(w)]
