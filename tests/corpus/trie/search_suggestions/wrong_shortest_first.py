# expect: wrong_answer
# grokpat: search-suggestions
def suggested_products(products, search_word):
    trie = {}
    for p in products:
        node = trie
        for c in p:
            node = node.setdefault(c, {})
            node.setdefault("words", []).append(p)
    out, node = [], trie
    for c in search_word:
        node = node.get(c, {}) if node else {}
        out.append(sorted(node.get("words", []), key=lambda w: (len(w), w))[:3])  # shortest first
    return out
