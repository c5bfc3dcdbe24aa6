# expect: wrong_answer
# grokpat: word-search
# mistake: diagonal-moves
def exist(board, word):
    R, C = len(board), len(board[0])
    steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]

    def dfs(r, c, k, seen):
        if board[r][c] != word[k]:
            return False
        if k == len(word) - 1:
            return True
        seen.add((r, c))
        for dr, dc in steps:  # diagonal neighbours are not adjacent here
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and (nr, nc) not in seen and dfs(nr, nc, k + 1, seen):
                return True
        seen.discard((r, c))
        return False

    return any(dfs(r, c, 0, set()) for r in range(R) for c in range(C))
