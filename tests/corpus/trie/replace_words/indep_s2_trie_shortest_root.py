# expect: accepted
# grokpat: replace-words


class Solution:
    def replace_words(self, dictionary: List[str], sentence: str) -> str:
        trie = {}
        for root in dictionary:
            node = trie
            for ch in root:
                if "end" in node:
                    break  # a shorter root already covers this one
                node = node.setdefault(ch, {})
            else:
                node["end"] = True
        out = []
        for word in sentence.split(" "):
            node = trie
            cut = None
            for i, ch in enumerate(word):
                node = node.get(ch)
                if node is None:
                    break
                if "end" in node:
                    cut = i + 1
                    break
            out.append(word[:cut] if cut else word)
        return " ".join(out)
