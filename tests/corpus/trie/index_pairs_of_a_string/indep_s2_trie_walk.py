# expect: accepted
# grokpat: index-pairs-of-a-string


def index_pairs(text, words):
    END = "$"
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[END] = True
    pairs = []
    for i in range(len(text)):
        node = trie
        for j in range(i, len(text)):
            node = node.get(text[j])
            if node is None:
                break
            if END in node:
                pairs.append([i, j])
    return pairs
