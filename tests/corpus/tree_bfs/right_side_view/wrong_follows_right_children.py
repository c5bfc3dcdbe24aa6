# expect: wrong_answer
# grokpat: right-side-view
# mistake: follows-right-children
def right_side_view(root):
    view = []
    node = root
    while node:
        view.append(node.val)
        node = node.right
    return view
