# expect: wrong_answer
# grokpat: level-order-traversal
# mistake: empty-tree-nested
def level_order(root):
    result = []
    level = [root]
    while True:
        result.append([node.val for node in level if node])
        level = [child for node in level if node for child in (node.left, node.right) if child]
        if not level:
            return result
