# expect: suboptimal
# grokpat: tallest-billboard
def tallest_billboard(rods):
    def best(i, left, right):
        if i == len(rods):
            return left if left == right else 0
        r = rods[i]
        return max(best(i + 1, left + r, right), best(i + 1, left, right + r), best(i + 1, left, right))

    return best(0, 0, 0)
