# expect: wrong_answer
# grokpat: structurally-unique-bsts
# mistake: shared-state
class Solution:
    def generateTrees(self, n: int) -> List[Optional[TreeNode]]:
        def build(lo, hi):
            if lo > hi:
                return [None]
            res = []
            for r in range(lo, hi + 1):
                root = TreeNode(r)  # one node for all combinations: they overwrite each other
                for left in build(lo, r - 1):
                    for right in build(r + 1, hi):
                        root.left, root.right = left, right
                        res.append(root)
            return res

        return build(1, n)


def generate_trees(n):
    return Solution().generateTrees(n)
