# expect: accepted
# grokpat: longest-word-in-dictionary


def longest_word(words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    best = ""
    # DFS in alphabetical order through nodes that end a word; the first word
    # of a given length met this way is the smallest of that length
    stack = [root]
    while stack:
        node = stack.pop()
        word = node.get("$", "")
        if len(word) > len(best):
            best = word
        for ch in sorted((k for k in node if k != "$"), reverse=True):
            child = node[ch]
            if "$" in child:
                stack.append(child)
    return best
