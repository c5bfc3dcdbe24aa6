# expect: wrong_answer
# grokpat: add-and-search-words
class Node:
    def __init__(self):
        self.kids = {}
        self.end = False


class WordDictionary:
    def __init__(self):
        self.root = Node()

    def add_word(self, word):
        cur = self.root
        for c in word:
            cur = cur.kids.setdefault(c, Node())
        cur.end = True

    def search(self, word):
        cur = self.root
        for c in word:
            if c == ".":
                if not cur.kids:
                    return False
                cur = next(iter(cur.kids.values()))  # only the first child is tried
            elif c in cur.kids:
                cur = cur.kids[c]
            else:
                return False
        return cur.end
