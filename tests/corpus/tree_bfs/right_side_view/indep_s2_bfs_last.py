# expect: accepted
# grokpat: right-side-view


def right_side_view(root):
    view = []
    level = [root] if root else []
    while level:
        view.append(level[-1].val)
        nxt = []
        for n in level:
            if n.left:
                nxt.append(n.left)
            if n.right:
                nxt.append(n.right)
        level = nxt
    return view
