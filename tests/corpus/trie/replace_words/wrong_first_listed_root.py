# expect: wrong_answer
# grokpat: replace-words
class Solution:
    def replace_words(self, dictionary: List[str], sentence: str) -> str:
        words = sentence.split()
        for i, w in enumerate(words):
            for root in dictionary:  # the first root in the list, not the shortest
                if w.startswith(root):
                    words[i] = root
                    break
        return " ".join(words)
