# expect: wrong_answer
# grokpat: implement-trie
class Trie:
    def __init__(self):
        self.children = {}
        self.is_word = False

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.is_word = True

    def _find(self, s):
        node = self
        for ch in s:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._find(word)
        return bool(node and node.is_word)

    def starts_with(self, prefix):
        node = self._find(prefix)
        return bool(node and node.is_word)  # a prefix need not be a whole word
