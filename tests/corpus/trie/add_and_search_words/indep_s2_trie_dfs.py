# expect: accepted
# grokpat: add-and-search-words


class TrieNode:
    def __init__(self):
        self.children = {}
        self.is_word = False


class WordDictionary:
    def __init__(self):
        self.root = TrieNode()

    def add_word(self, word: str) -> None:
        node = self.root
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
        node.is_word = True

    def search(self, word: str) -> bool:
        def match(node, i):
            while i < len(word):
                ch = word[i]
                if ch == ".":
                    return any(match(child, i + 1) for child in node.children.values())
                node = node.children.get(ch)
                if node is None:
                    return False
                i += 1
            return node.is_word

        return match(self.root, 0)
