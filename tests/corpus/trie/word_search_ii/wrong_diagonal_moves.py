# expect: wrong_answer
# grokpat: word-search-ii
# mistake: invalid-path
def find_words(board, words):
    rows, cols = len(board), len(board[0])

    def exists(word):
        def dfs(r, c, i, used):
            if board[r][c] != word[i] or (r, c) in used:
                return False
            if i == len(word) - 1:
                return True
            used.add((r, c))
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):  # diagonal neighbours are not adjacent
                    nr, nc = r + dr, c + dc
                    if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1, used):
                        used.discard((r, c))
                        return True
            used.discard((r, c))
            return False

        return any(dfs(r, c, 0, set()) for r in range(rows) for c in range(cols))

    return [w for w in words if exists(w)]
