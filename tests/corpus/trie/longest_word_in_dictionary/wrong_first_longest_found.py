# expect: wrong_answer
# grokpat: longest-word-in-dictionary
class Solution:
    def longest_word(self, words: List[str]) -> str:
        have = set(words)
        best = ""
        for w in words:
            if all(w[:i] in have for i in range(1, len(w))) and len(w) > len(best):
                best = w  # ties keep whichever came first in the list
        return best
