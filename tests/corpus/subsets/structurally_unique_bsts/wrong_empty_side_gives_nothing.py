# expect: wrong_answer
# grokpat: structurally-unique-bsts
# mistake: base-case-gives-nothing
def generate_trees(n):
    def build(lo, hi):
        if lo > hi:
            return []  # should be [None]: an empty side is one (empty) tree
        if lo == hi:
            return [TreeNode(lo)]
        res = []
        for r in range(lo, hi + 1):
            for left in build(lo, r - 1):
                for right in build(r + 1, hi):
                    res.append(TreeNode(r, left, right))
        return res

    return build(1, n)
