# expect: accepted
# grokpat: zigzag-traversal


def zigzag_level_order(root: TreeNode | None) -> list[list[int]]:
    if not root:
        return []
    ans, q, left_to_right = [], deque([root]), True
    while q:
        vals = deque()
        for _ in range(len(q)):
            node = q.popleft()
            if left_to_right:
                vals.append(node.val)
            else:
                vals.appendleft(node.val)
            if node.left:
                q.append(node.left)
            if node.right:
                q.append(node.right)
        ans.append(list(vals))
        left_to_right = not left_to_right
    return ans
