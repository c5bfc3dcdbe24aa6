# expect: wrong_answer
# grokpat: level-averages
# mistake: level-size-not-saved
def level_averages(root):
    result = []
    queue = deque([root])
    while queue:
        total = 0
        for _ in range(len(queue)):
            node = queue.popleft()
            total += node.val
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        # len(queue) is now the size of the next level
        result.append(total / max(len(queue), 1))
    return result
