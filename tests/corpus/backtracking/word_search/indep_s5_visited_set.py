# expect: accepted
# grokpat: word-search


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        if len(word) > rows * cols:
            return False
        used = set()

        def search(r, c, k):
            if k == len(word):
                return True
            if r < 0 or c < 0 or r >= rows or c >= cols:
                return False
            if (r, c) in used or board[r][c] != word[k]:
                return False
            used.add((r, c))
            found = (search(r + 1, c, k + 1) or search(r - 1, c, k + 1)
                     or search(r, c + 1, k + 1) or search(r, c - 1, k + 1))
            used.discard((r, c))
            return found

        for r in range(rows):
            for c in range(cols):
                if search(r, c, 0):
                    return True
        return False
