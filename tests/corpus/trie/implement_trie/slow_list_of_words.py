# expect: suboptimal
# grokpat: implement-trie
class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        if word not in self.words:
            self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self.words)
