# expect: accepted
# grokpat: implement-trie


class _Node:
    __slots__ = ("kids", "end")

    def __init__(self):
        self.kids = [None] * 26
        self.end = False


class Trie:
    def __init__(self):
        self.root = _Node()

    def insert(self, word):
        cur = self.root
        for c in word:
            k = ord(c) - 97
            if cur.kids[k] is None:
                cur.kids[k] = _Node()
            cur = cur.kids[k]
        cur.end = True

    def _walk(self, s):
        cur = self.root
        for c in s:
            cur = cur.kids[ord(c) - 97]
            if cur is None:
                break
        return cur

    def search(self, word):
        n = self._walk(word)
        return bool(n and n.end)

    def starts_with(self, prefix):
        return self._walk(prefix) is not None
