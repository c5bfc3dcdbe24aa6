# expect: wrong_answer
# grokpat: level-averages
# mistake: floor-division-average
from collections import deque


def level_averages(root):
    result = []
    q = deque([root])
    while q:
        n = len(q)
        total = 0
        for _ in range(n):
            node = q.popleft()
            total += node.val
            if node.left:
                q.append(node.left)
            if node.right:
                q.append(node.right)
        result.append(total // n)
    return result
