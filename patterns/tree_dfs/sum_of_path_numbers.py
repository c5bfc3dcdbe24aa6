"""Sum of Path Numbers: reference (depth-first, the number so far flows down) and oracle."""

from problems.nodes import TreeNode, tree_to_wire


def sum_path_numbers(root: TreeNode) -> int:
    """Depth-first, top-down: a child's number is its parent's number * 10 + its digit; at a
    leaf the number is complete and is added to the total. O(n) time, O(h) space."""

    def dfs(node, number):
        if node is None:
            return 0
        number = number * 10 + node.val
        if node.left is None and node.right is None:
            return number
        return dfs(node.left, number) + dfs(node.right, number)

    return dfs(root, 0)


def brute_force(root: TreeNode | None) -> int:
    """Spell every root-to-leaf path as a string of digits and add up int() of each."""
    total = 0

    def walk(node, digits):
        nonlocal total
        if node is None:
            return
        digits += str(node.val)
        if node.left is None and node.right is None:
            total += int(digits)
        walk(node.left, digits)
        walk(node.right, digits)

    walk(root, "")
    return total


def inputs():
    """Trees of digits at most 10 levels deep (the constraint), from one node to bushy
    ones, with zeros often (a leading 0, a path ending in 0)."""
    from hypothesis import strategies as st

    digit = st.one_of(st.integers(0, 9), st.just(0))

    @st.composite
    def tree(draw):
        budget = [draw(st.integers(1, 40))]

        def build(depth):
            node = TreeNode(draw(digit))
            budget[0] -= 1
            for side in ("left", "right"):
                if depth < 10 and budget[0] > 0 and draw(st.booleans()):
                    setattr(node, side, build(depth + 1))
            return node

        return {"root": tree_to_wire(build(1))}

    return tree()
