# expect: accepted
# grokpat: search-suggestions


def suggested_products(products, search_word):
    # trie nodes: [children dict, word-or-None, top3 list]
    root = [{}, None, []]
    for p in products:
        node = root
        for ch in p:
            nxt = node[0].get(ch)
            if nxt is None:
                nxt = node[0][ch] = [{}, None, []]
            node = nxt
        node[1] = p
    # iterative post-order: top3 = own word, then children's top3 in letter order
    order = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node[0].values())
    for node in reversed(order):
        top = [node[1]] if node[1] is not None else []
        for ch in sorted(node[0]):  # at most 26 keys
            if len(top) >= 3:
                break
            top.extend(node[0][ch][2][: 3 - len(top)])
        node[2] = top
    answer = []
    node = root
    for ch in search_word:
        if node is not None:
            node = node[0].get(ch)
        answer.append(list(node[2]) if node is not None else [])
    return answer
