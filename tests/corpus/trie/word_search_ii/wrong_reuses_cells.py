# expect: wrong_answer
# grokpat: word-search-ii
# mistake: invalid-path
def find_words(board, words):
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    found = set()
    rows, cols = len(board), len(board[0])

    def dfs(r, c, node, depth):
        if depth > 10 or not (0 <= r < rows and 0 <= c < cols) or board[r][c] not in node:
            return
        node = node[board[r][c]]
        if "$" in node:
            found.add(node["$"])
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):  # never marks the cell as used
            dfs(r + dr, c + dc, node, depth + 1)

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, trie, 0)
    return list(found)
