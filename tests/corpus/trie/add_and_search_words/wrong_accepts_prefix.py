# expect: wrong_answer
# grokpat: add-and-search-words
class WordDictionary:
    def __init__(self):
        self.trie = {}

    def add_word(self, word: str) -> None:
        node = self.trie
        for c in word:
            node = node.setdefault(c, {})
        node["*"] = True

    def search(self, word: str) -> bool:
        def dfs(node, i):
            if i == len(word):
                return True  # any path will do, even one that ends no word
            c = word[i]
            if c == ".":
                return any(dfs(child, i + 1) for k, child in node.items() if k != "*")
            return c in node and dfs(node[c], i + 1)

        return dfs(self.trie, 0)
