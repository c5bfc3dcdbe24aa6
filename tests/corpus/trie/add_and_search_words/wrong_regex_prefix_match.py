# expect: wrong_answer
# grokpat: add-and-search-words
import re


class WordDictionary:
    def __init__(self):
        self.words = []

    def add_word(self, word):
        self.words.append(word)

    def search(self, word):
        return any(re.match(word, w) for w in self.words)  # match() only anchors the start
