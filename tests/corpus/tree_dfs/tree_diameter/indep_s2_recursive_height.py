# expect: accepted
# grokpat: tree-diameter
import sys
sys.setrecursionlimit(50000)


class Solution:
    def diameter(self, root):
        self.best = 0

        def height(node):
            if not node:
                return 0
            lh = height(node.left)
            rh = height(node.right)
            self.best = max(self.best, lh + rh)
            return max(lh, rh) + 1

        height(root)
        return self.best
