# expect: accepted
# grokpat: implement-trie


class Trie:
    _END = "#"

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node[self._END] = True

    def _find(self, s):
        node = self.root
        for ch in s:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and self._END in node

    def starts_with(self, prefix: str) -> bool:
        return self._find(prefix) is not None
