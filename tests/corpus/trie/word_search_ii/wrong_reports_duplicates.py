# expect: wrong_answer
# grokpat: word-search-ii
# mistake: reported-twice
class Solution:
    def find_words(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = {}
        for w in words:
            cur = root
            for ch in w:
                cur = cur.setdefault(ch, {})
            cur["word"] = w
        m, n = len(board), len(board[0])
        res = []

        def bt(i, j, cur):
            ch = board[i][j]
            if ch not in cur:
                return
            nxt = cur[ch]
            if "word" in nxt:
                res.append(nxt["word"])  # found again from every other start or path
            board[i][j] = "#"
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n:
                    bt(x, y, nxt)
            board[i][j] = ch

        for i in range(m):
            for j in range(n):
                bt(i, j, root)
        return res
