# expect: wrong_answer
# grokpat: index-pairs-of-a-string
# mistake: stops-at-first-word
class Solution:
    def index_pairs(self, text: str, words: List[str]) -> List[List[int]]:
        trie = {}
        for w in words:
            node = trie
            for c in w:
                node = node.setdefault(c, {})
            node["end"] = True
        res = []
        for i in range(len(text)):
            node = trie
            for j in range(i, len(text)):
                if text[j] not in node:
                    break
                node = node[text[j]]
                if "end" in node:
                    res.append([i, j])
                    break  # a longer word from the same start is missed
        return res
