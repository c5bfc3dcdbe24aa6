# expect: wrong_answer
# grokpat: replace-words
def replace_words(dictionary, sentence):
    trie = {}
    for r in dictionary:
        node = trie
        for c in r:
            node = node.setdefault(c, {})
        node["#"] = r
    out = []
    for w in sentence.split(" "):
        node, found = trie, w
        for c in w:
            if c not in node:
                break
            node = node[c]
            if "#" in node:
                found = node["#"]  # keeps walking: ends with the longest root
        out.append(found)
    return " ".join(out)
